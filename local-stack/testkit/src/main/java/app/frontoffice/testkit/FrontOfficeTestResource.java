package app.frontoffice.testkit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} at the shared broker and, with the init arg {@code database}, at its
 * own database on the shared PostgreSQL. Started once per test JVM; test classes with the same
 * resource reuse the running application.
 *
 * <pre>{@code
 * @WithTestResource(value = FrontOfficeTestResource.class,
 *         initArgs = @ResourceArg(name = FrontOfficeTestResource.DATABASE, value = "draft"))
 * }</pre>
 */
public class FrontOfficeTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "database";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get(DATABASE);
    }

    @Override
    public Map<String, String> start() {
        Infrastructure infra = Infrastructure.shared();
        Map<String, String> config = new HashMap<>();
        config.put("kafka.bootstrap.servers", infra.kafkaBootstrapServers());
        config.put("quarkus.kafka.devservices.enabled", "false");
        config.put("quarkus.datasource.devservices.enabled", "false");
        if (database != null) {
            config.put("quarkus.datasource.jdbc.url", infra.jdbcUrl(database));
            config.put("quarkus.datasource.username", infra.dbUser());
            config.put("quarkus.datasource.password", infra.dbPassword());
        }
        return config;
    }

    @Override
    public void stop() {
        // The infrastructure outlives any one application: it stops with the JVM.
    }
}

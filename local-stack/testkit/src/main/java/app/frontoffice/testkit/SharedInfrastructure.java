package app.frontoffice.testkit;

import java.util.Locale;

/** Starts the chosen {@link Infrastructure} once per JVM; every test class reuses it. */
final class SharedInfrastructure {

    private static Infrastructure instance;

    static synchronized Infrastructure get() {
        if (instance == null) {
            instance = useContainers() ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
        }
        return instance;
    }

    static boolean useContainers() {
        String choice = System.getProperty("frontoffice.test.infra", System.getenv("FRONTOFFICE_TEST_INFRA"));
        return choice != null && choice.toLowerCase(Locale.ROOT).equals("testcontainers");
    }

    private SharedInfrastructure() {
    }
}

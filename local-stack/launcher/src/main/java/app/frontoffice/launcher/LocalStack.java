package app.frontoffice.launcher;

import app.frontoffice.league.DemoLeague;
import app.frontoffice.league.GuildSeeds;
import app.frontoffice.league.LeagueFile;
import app.frontoffice.league.LeagueFiles;
import app.frontoffice.sim.discord.DiscordSimulator;
import app.frontoffice.sim.discord.GuildSeed;
import app.frontoffice.sim.sheets.SheetsSimulator;
import app.frontoffice.testkit.EmbeddedKafka;
import app.frontoffice.testkit.EmbeddedPostgresServer;
import app.frontoffice.testkit.KafkaTopics;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The README's main command: the whole system on one machine with nothing from outside. A real
 * Kafka broker and a real PostgreSQL keep their data in the state folder, so a second start resumes
 * the same league and a new folder starts afresh. Ctrl-C stops everything it started, in reverse.
 */
public final class LocalStack {

    private final LocalStackConfig config;
    private final PrintStream out;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final List<ServiceProcess> services = new ArrayList<>();
    private OrphanedProcesses orphans;

    LocalStack(LocalStackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        LocalStackConfig config;
        try {
            config = LocalStackConfig.from(args, System.getenv(), Path.of("").toAbsolutePath());
        } catch (LocalStackConfig.UsageException e) {
            if (e.getMessage() != null) {
                System.err.println("local-stack: " + e.getMessage());
            }
            System.err.println("usage: local-stack [--state DIR] [--league FILE]   (see README.md for the ports and variables)");
            System.exit(e.getMessage() == null ? 0 : 2);
            return;
        }
        LocalStack stack = new LocalStack(config, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.stop();
            stopped.countDown();
        }, "local-stack-stop"));
        try {
            stack.start();
        } catch (Exception e) {
            System.err.println("local-stack: could not start: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    /** The broker logs every partition and group change at INFO; a person wants our lines and warnings. */
    private static void quietLogging() {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("app.frontoffice").setLevel(java.util.logging.Level.INFO);
    }

    void start() throws Exception {
        Path state = config.stateDir();
        Files.createDirectories(state.resolve("logs"));
        out.println("Front Office local stack — state in " + state);
        orphans = new OrphanedProcesses(state.resolve("services.pids"));
        orphans.killLeftovers(out);

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(config.port("POSTGRES_PORT"),
                state.resolve("postgres"), state.resolve("postgres-binaries"));
        started.push(postgres);
        LeagueImport leagueImport = new LeagueImport(state, out);
        LeagueFile league = config.leagueFile().map(LeagueFiles::parse).orElseGet(DemoLeague::load);
        String leagueName = config.leagueFile().map(p -> "league file " + p).orElse("the demo league") + " (" + league.league().name() + ")";
        int season = league.league().currentSeason();
        String sheetKey = "local-draft-sheet-" + season;

        DiscordSimulator discord = DiscordSimulator.builder()
                .httpPort(config.port("DISCORD_SIM_PORT"))
                .gatewayPort(config.port("DISCORD_GATEWAY_SIM_PORT"))
                .guild(GuildSeed.fromJson(GuildSeeds.fromLeague(league)))
                .build().start();
        started.push(discord::close);
        SheetsSimulator sheets = SheetsSimulator.builder().port(config.port("SHEETS_SIM_PORT")).build().start();
        started.push(sheets::close);
        sheets.createDraftSheet(sheetKey, league.league().name() + " — Season " + season + " Draft",
                league.draft().rounds(), league.draft().teamsPerRound());

        EmbeddedKafka kafka = EmbeddedKafka.persistent(state.resolve("kafka"), config.port("KAFKA_PORT"),
                config.port("KAFKA_CONTROLLER_PORT")).start();
        started.push(kafka);
        KafkaTopics.ensure(kafka.bootstrapServers());

        for (ServiceSpec spec : ServiceSpec.ALL) {
            Map<String, String> env = new LinkedHashMap<>();
            env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            // The simulators stand in for Discord and Google; the services talk to them as to the real thing.
            env.put("DISCORD_TOKEN", discord.botToken());
            env.put("DISCORD_REST_URL", discord.restBaseUrl());
            env.put("DISCORD_GATEWAY_URL", discord.gatewayUrl());
            env.put("DISCORD_GUILD_ID", discord.guildId());
            env.put("DRAFT_SHEET_ROOT_URL", sheets.rootUrl());
            env.put("DRAFT_SHEET_CREDENTIALS", "fake");
            env.put("DRAFT_SHEET_KEY_" + season, sheetKey);
            if (spec.database() != null) {
                env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.ensureDatabase(spec.database()));
                env.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedPostgresServer.USER);
                env.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedPostgresServer.PASSWORD);
            }
            ServiceProcess service = new ServiceProcess(spec.module(), spec.jar(config.projectRoot()),
                    config.port(spec.portVariable()), env, state.resolve("logs").resolve(spec.module() + ".log"));
            service.start();
            services.add(service);
            orphans.remember(service.pid());
        }
        for (ServiceProcess service : services) {
            service.awaitReady(Duration.ofMinutes(3));
        }
        if (leagueImport.alreadyImported()) {
            out.println("Resuming " + leagueImport.importedLeagueName() + " from " + state
                    + (config.leagueFile().isPresent() ? " (--league is ignored: use a new --state folder to start afresh)" : ""));
        } else {
            leagueImport.importInto(league, leagueName,
                    config.port("TRANSACTION_SERVICE_PORT"), config.port("DRAFT_SERVICE_PORT"));
        }
        printReady(kafka, postgres, discord, sheets, sheetKey);
    }

    private void printReady(EmbeddedKafka kafka, EmbeddedPostgresServer postgres, DiscordSimulator discord,
                            SheetsSimulator sheets, String sheetKey) {
        out.println();
        out.println("Front Office is ready:");
        out.printf("  %-22s %s/   <- open this page to run slash commands as any member%n", "Discord simulator", discord.httpBaseUrl());
        out.printf("  %-22s %ssheets/%s%n", "Draft sheet", sheets.rootUrl(), sheetKey);
        out.printf("  %-22s %s%n", "Kafka", kafka.bootstrapServers());
        out.printf("  %-22s %s%n", "PostgreSQL", "127.0.0.1:" + postgres.port() + " (user postgres)");
        for (ServiceProcess s : services) {
            out.printf("  %-22s http://127.0.0.1:%d   (log: %s)%n", s.name(), s.httpPort(), s.logFile());
        }
        out.println("Press Ctrl-C to stop.");
    }

    void stop() {
        // All at once: each service takes a few seconds to close its consumers and connections.
        services.forEach(ServiceProcess::requestStop);
        services.forEach(ServiceProcess::stop);
        services.clear();
        if (orphans != null) {
            orphans.forgetAll();
        }
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("local-stack: while stopping: " + e.getMessage());
            }
        }
        out.println("Front Office local stack stopped.");
    }

    /** A service module, the port variable it listens on, and its database (null: none). */
    record ServiceSpec(String module, String portVariable, String database) {

        static final List<ServiceSpec> ALL = List.of(
                new ServiceSpec("transaction-service", "TRANSACTION_SERVICE_PORT", "league_office"),
                new ServiceSpec("draft-service", "DRAFT_SERVICE_PORT", "draft"),
                new ServiceSpec("scorebug-service", "SCOREBUG_SERVICE_PORT", "scorebug"),
                new ServiceSpec("sheets-writer", "SHEETS_WRITER_PORT", null),
                new ServiceSpec("gateway-bot", "GATEWAY_BOT_PORT", "gateway"));

        Path jar(Path projectRoot) {
            return projectRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        }
    }
}

package app.frontoffice.launcher;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the local stack keeps its state, which league it starts with, and its ports: each has a
 * documented default and can be overridden by a command-line option or an environment variable.
 */
public record LocalStackConfig(Path stateDir, Optional<Path> leagueFile, Path projectRoot, Map<String, Integer> ports) {

    /** Default ports, documented in the README; each is overridable as an environment variable of the same name. */
    static final Map<String, Integer> DEFAULT_PORTS = defaults();

    private static Map<String, Integer> defaults() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("DISCORD_SIM_PORT", 8700);
        ports.put("SHEETS_SIM_PORT", 8701);
        ports.put("DISCORD_GATEWAY_SIM_PORT", 8702);
        ports.put("GATEWAY_BOT_PORT", 8710);
        ports.put("DRAFT_SERVICE_PORT", 8711);
        ports.put("TRANSACTION_SERVICE_PORT", 8712);
        ports.put("SCOREBUG_SERVICE_PORT", 8713);
        ports.put("SHEETS_WRITER_PORT", 8714);
        ports.put("KAFKA_PORT", 9092);
        ports.put("KAFKA_CONTROLLER_PORT", 9093);
        ports.put("POSTGRES_PORT", 5433);
        return Map.copyOf(ports);
    }

    public int port(String name) {
        Integer port = ports.get(name);
        if (port == null) {
            throw new IllegalArgumentException("unknown port " + name);
        }
        return port;
    }

    public static LocalStackConfig from(String[] args, Map<String, String> env, Path workingDir) {
        Path state = Path.of(env.getOrDefault("LOCAL_STACK_STATE", ".local-stack"));
        Optional<Path> league = Optional.ofNullable(env.get("LOCAL_STACK_LEAGUE")).filter(s -> !s.isBlank()).map(Path::of);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--state" -> state = Path.of(value(args, ++i, "--state"));
                case "--league" -> league = Optional.of(Path.of(value(args, ++i, "--league")));
                case "--help", "-h" -> throw new UsageException(null);
                default -> throw new UsageException("unknown option " + args[i]);
            }
        }
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (var entry : DEFAULT_PORTS.entrySet()) {
            String override = env.get(entry.getKey());
            ports.put(entry.getKey(), override == null || override.isBlank() ? entry.getValue() : parsePort(entry.getKey(), override));
        }
        Path root = Path.of(env.getOrDefault("FRONTOFFICE_HOME", workingDir.toString())).toAbsolutePath().normalize();
        return new LocalStackConfig(root.resolve(state).normalize(), league.map(p -> workingDir.resolve(p).toAbsolutePath().normalize()),
                root, Map.copyOf(ports));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int parsePort(String name, String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new UsageException(name + " must be a port number, not \"" + value + "\"");
        }
    }

    /** A command line the launcher cannot follow; its message says why. */
    public static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}

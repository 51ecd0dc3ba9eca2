package app.frontoffice.sim.discord;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator on its own: {@code --http-port 8700 --gateway-port 8701 --guild seed.json}.
 * All arguments are optional (defaults: 8700, 8701, the demo guild). Stops on Ctrl-C.
 */
public final class DiscordSimulatorMain {

    private DiscordSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int httpPort = 8700;
        int gatewayPort = 8701;
        GuildSeed seed = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--http-port" -> httpPort = Integer.parseInt(require(args[i], value));
                case "--gateway-port" -> gatewayPort = Integer.parseInt(require(args[i], value));
                case "--guild" -> seed = GuildSeed.fromJson(Path.of(require(args[i], value)));
                case "--help", "-h" -> {
                    System.out.println("usage: DiscordSimulatorMain [--http-port N] [--gateway-port N] [--guild seed.json]");
                    return;
                }
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
            i++;
        }
        DiscordSimulator sim = DiscordSimulator.builder().httpPort(httpPort).gatewayPort(gatewayPort).guild(seed).build().start();
        System.out.println("Discord simulator: page " + sim.httpBaseUrl() + "/  REST " + sim.restBaseUrl()
                + "  gateway " + sim.gatewayUrl() + "  token " + sim.botToken());
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sim.close();
            stop.countDown();
        }));
        stop.await();
    }

    private static String require(String flag, String value) {
        if (value == null) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return value;
    }
}

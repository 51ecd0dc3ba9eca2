package app.frontoffice.gateway.discord;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.JDA;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.EnumSet;
import java.util.Optional;

/**
 * Ready once the bot has connected to Discord. A dropped connection that JDA is resuming stays
 * ready: taking the pod out of service would not bring Discord back sooner.
 */
@Readiness
@ApplicationScoped
public class DiscordHealthCheck implements HealthCheck {

    private static final EnumSet<JDA.Status> DEAD = EnumSet.of(JDA.Status.SHUTTING_DOWN, JDA.Status.SHUTDOWN, JDA.Status.FAILED_TO_LOGIN);

    @Inject
    DiscordConnection connection;

    @Inject
    DiscordListener listener;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Discord gateway");
        Optional<JDA> jda = connection.jda();
        if (jda.isEmpty()) {
            return response.up().withData("status", "disabled").build();
        }
        JDA.Status status = jda.get().getStatus();
        boolean up = status == JDA.Status.CONNECTED || (listener.readyOnce() && !DEAD.contains(status));
        return response.status(up).withData("status", status.name()).build();
    }
}

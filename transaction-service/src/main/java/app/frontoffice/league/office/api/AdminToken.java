package app.frontoffice.league.office.api;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The admin endpoints' guard: when {@code frontoffice.admin-token} (env {@code FRONTOFFICE_ADMIN_TOKEN})
 * is set, a request must carry it in the {@value #HEADER} header. Unset, the endpoints are open, which
 * suits the local stack; production sets it from a Secret.
 */
@ApplicationScoped
public class AdminToken {

    public static final String HEADER = "X-Admin-Token";

    @ConfigProperty(name = "frontoffice.admin-token")
    Optional<String> token;

    public boolean allows(String presented) {
        if (token.isEmpty() || token.get().isBlank()) {
            return true;
        }
        // Constant-time, so the answer's timing says nothing about how much of a guess was right.
        return presented != null && MessageDigest.isEqual(
                token.get().getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}

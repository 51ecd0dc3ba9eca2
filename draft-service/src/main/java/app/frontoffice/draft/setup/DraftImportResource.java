package app.frontoffice.draft.setup;

import app.frontoffice.league.LeagueFileException;
import app.frontoffice.league.LeagueFiles;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Map;
import java.util.Optional;

/**
 * Admin endpoint: {@code POST /api/leagues/import} with a league data file sets up the draft of
 * its current season. The same file is imported by the league office; each takes its own part.
 */
@Path("/api/leagues/import")
public class DraftImportResource {

    @Inject
    DraftSetup setup;

    @ConfigProperty(name = "frontoffice.admin-token")
    Optional<String> adminToken;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importLeague(@HeaderParam("X-Admin-Token") String token, String body) {
        if (adminToken.isPresent() && !adminToken.get().equals(token)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Map.of("problems", java.util.List.of("a valid X-Admin-Token header is required"))).build();
        }
        try {
            return Response.ok(setup.importFile(LeagueFiles.parse(body))).build();
        } catch (LeagueFileException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(Map.of("problems", e.messages())).build();
        }
    }
}

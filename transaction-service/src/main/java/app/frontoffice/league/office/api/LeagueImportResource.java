package app.frontoffice.league.office.api;

import app.frontoffice.league.LeagueFileException;
import app.frontoffice.league.office.ImportSummary;
import app.frontoffice.league.office.LeagueImporter;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;

/**
 * {@code POST /api/leagues/import}: the body is a league file (JSON). 200 with an {@link ImportSummary};
 * 400 with {@code {"problems": ["players[41].team: unknown team \"XYZ\"", ...]}} and nothing changed;
 * 401 without the admin token when one is configured.
 */
@Path("/api/leagues/import")
public class LeagueImportResource {

    private static final Logger LOG = Logger.getLogger(LeagueImportResource.class);

    @Inject
    LeagueImporter importer;

    @Inject
    AdminToken adminToken;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response importLeague(@HeaderParam(AdminToken.HEADER) String token, String body) {
        if (!adminToken.allows(token)) {
            return Response.status(Response.Status.UNAUTHORIZED)
                    .entity(Problems.of("this endpoint needs the admin token in the " + AdminToken.HEADER + " header"))
                    .build();
        }
        try {
            return Response.ok(importer.importJson(body)).build();
        } catch (LeagueFileException e) {
            LOG.infof("Rejected a league file: %s", e.getMessage());
            return Response.status(Response.Status.BAD_REQUEST).entity(new Problems(e.messages())).build();
        }
    }
}

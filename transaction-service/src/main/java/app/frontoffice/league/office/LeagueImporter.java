package app.frontoffice.league.office;

import app.frontoffice.league.LeagueFile;
import app.frontoffice.league.LeagueFiles;
import app.frontoffice.league.office.store.LeagueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Imports a league file: validates all of it first (a file with any problem changes nothing, see
 * {@link app.frontoffice.league.LeagueFileException}), then, in one transaction, writes what differs
 * from the stored league and queues the records that changed. Importing the same file again writes
 * and publishes nothing.
 *
 * <p>The file is the whole truth for its league: rosters changed since the last import (e.g. by the
 * draft) are set back to what the file says, and entities it no longer lists are removed.
 */
@ApplicationScoped
public class LeagueImporter {

    private static final Logger LOG = Logger.getLogger(LeagueImporter.class);

    @Inject
    LeagueStore store;

    @Inject
    LeaguePublisher publisher;

    /** Throws {@link app.frontoffice.league.LeagueFileException} listing every problem of a bad file. */
    public ImportSummary importJson(String json) {
        return importFile(LeagueFiles.parse(json));
    }

    @Transactional
    public ImportSummary importFile(LeagueFile file) {
        LeagueState incoming = LeagueState.of(file);
        long started = System.nanoTime();
        store.lock(incoming.leagueId());
        Optional<LeagueStore.Stored> stored = store.load(incoming.leagueId());
        ImportDiff diff = ImportDiff.between(stored.map(LeagueStore.Stored::state), incoming);
        int published = 0;
        if (!diff.isEmpty()) {
            store.apply(stored, diff);
            published = publisher.publish(diff);
        }
        ImportSummary summary = new ImportSummary(incoming.leagueId(), incoming.league().name(), incoming.teams().size(),
                incoming.players().size(), diff.changes(), published);
        LOG.infof("Imported league %s (%s) in %d ms: %s, %d records to publish", summary.leagueId(), summary.name(),
                (System.nanoTime() - started) / 1_000_000, summary.changed(), published);
        return summary;
    }
}

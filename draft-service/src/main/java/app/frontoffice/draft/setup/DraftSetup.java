package app.frontoffice.draft.setup;

import app.frontoffice.draft.domain.DraftFormat;
import app.frontoffice.draft.domain.PickOrder;
import app.frontoffice.draft.state.Draft;
import app.frontoffice.draft.state.DraftId;
import app.frontoffice.draft.state.PickRow;
import app.frontoffice.league.DraftConfig;
import app.frontoffice.league.LeagueFile;
import app.frontoffice.league.Player;
import app.frontoffice.league.Team;
import app.frontoffice.league.TradedPick;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Takes the draft section of a league file (and the teams and players it drafts among). Importing
 * the same file twice changes nothing; once a pick has been made the pick order is left alone, so a
 * re-import in the middle of a draft can never undo picks.
 */
@ApplicationScoped
public class DraftSetup {

    @Inject
    LeagueRows rows;

    public record Summary(String leagueId, int season, int picks, boolean pickOrderCreated, int teams, int players) {
    }

    @Transactional
    public Summary importFile(LeagueFile file) {
        String leagueId = file.league().id();
        int season = file.league().currentSeason();
        DraftConfig config = file.draft();
        for (Team team : file.teams()) {
            rows.upsertTeam(leagueId, team.abbrev(), team.shortName(), team.longName(), team.colour(), team.thumbnailUrl(),
                    team.swarCap(), team.gmIds(), team.affiliates() == null ? null : team.affiliates().minorLeague(),
                    team.affiliates() == null ? null : team.affiliates().injuredList());
        }
        for (Player player : file.players()) {
            rows.upsertPlayer(leagueId, player.id(), player.name(), player.swar(), player.positions(), player.imageUrl(),
                    player.team());
        }
        Draft draft = Draft.<Draft>findByIdOptional(new DraftId(leagueId, season)).orElseGet(() -> {
            Draft created = new Draft();
            created.id = new DraftId(leagueId, season);
            created.timerEnabled = config.timerEnabled();
            created.persist();
            return created;
        });
        List<PickRow> existing = PickRow.ofSeason(leagueId, season);
        boolean started = existing.stream().anyMatch(p -> p.playerId != null);
        boolean create = existing.isEmpty() || !started;
        if (create) {
            draft.rounds = config.rounds();
            draft.teamsPerRound = config.teamsPerRound();
            draft.linearRounds = config.linearRounds();
        }
        draft.freeAgentTeam = file.league().freeAgentTeam();
        draft.defaultSwarCap = file.league().defaultSwarCap();
        draft.pickSeconds = config.pickMinutes() * 60;
        if (draft.pingChannel == null) {
            draft.pingChannel = config.pingChannel();
        }
        if (draft.resultChannel == null) {
            draft.resultChannel = config.resultChannel();
        }
        draft.sheetKey = config.sheetKey();
        if (create) {
            PickRow.delete("leagueId = ?1 and season = ?2", leagueId, season);
            PickRow.flush();
            Map<Integer, String> traded = new LinkedHashMap<>();
            for (TradedPick t : config.tradedPicks()) {
                traded.put(t.overall(), t.owner());
            }
            DraftFormat format = new DraftFormat(config.rounds(), config.teamsPerRound(), config.linearRounds());
            for (PickOrder.InitialPick pick : new PickOrder(format, config.slotOrder()).initialTable(traded)) {
                PickRow row = new PickRow();
                row.leagueId = leagueId;
                row.season = season;
                row.overall = pick.overall();
                row.round = pick.round();
                row.originalOwner = pick.originalOwner();
                row.owner = pick.owner();
                row.persist();
            }
        }
        return new Summary(leagueId, season, config.totalPicks(), create, file.teams().size(), file.players().size());
    }
}

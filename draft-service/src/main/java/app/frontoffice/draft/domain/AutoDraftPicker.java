package app.frontoffice.draft.domain;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Chooses the auto-draft player from a team's list: the highest-ranked one who is still a free
 * agent, not already drafted, and fits under the team's own cap. The reference checked the league
 * default cap here, so a team with a custom cap could be auto-drafted past it or refused a player
 * it could have taken by hand; both paths now share {@link CapRule}.
 */
public final class AutoDraftPicker {

    private final CapRule capRule;
    private final String freeAgentTeam;

    public AutoDraftPicker(CapRule capRule, String freeAgentTeam) {
        this.capRule = Objects.requireNonNull(capRule, "capRule");
        this.freeAgentTeam = Objects.requireNonNull(freeAgentTeam, "freeAgentTeam");
    }

    /**
     * @param players          the listed players by id; ids without a player are skipped
     * @param draftedPlayerIds players already taken with any pick this season
     * @param activeRosterSwar sWAR of each player on the team's active roster
     */
    public AutoPick choose(TeamView team,
                           DraftList list,
                           Map<Long, PlayerView> players,
                           Set<Long> draftedPlayerIds,
                           List<Double> activeRosterSwar) {
        if (list.isEmpty()) {
            return new AutoPick.NoList();
        }
        for (long id : list.playerIds()) {
            PlayerView player = players.get(id);
            if (player == null || draftedPlayerIds.contains(id) || !player.isFreeAgent(freeAgentTeam)) {
                continue;
            }
            CapCheck cap = capRule.check(activeRosterSwar, player.swar(), team);
            if (cap.valid()) {
                return new AutoPick.Chosen(player, cap);
            }
        }
        return new AutoPick.NoValidPlayer();
    }
}

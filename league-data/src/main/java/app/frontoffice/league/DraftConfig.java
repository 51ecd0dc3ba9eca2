package app.frontoffice.league;

import java.util.List;

/**
 * How the draft is set up.
 *
 * @param linearRounds  the first rounds use {@code slotOrder} every time; later rounds snake
 * @param slotOrder     team abbreviations in the order they pick in round 1; one per slot
 * @param tradedPicks   picks owned by a team other than the one whose slot they are in
 * @param pickMinutes   minutes on the clock for each pick
 * @param pingChannel   channel (by name) where the team on the clock is pinged
 * @param resultChannel channel (by name) where each pick is announced
 * @param sheetKey      Google Sheets key of the public draft sheet, if there is one
 */
public record DraftConfig(int rounds,
                          int teamsPerRound,
                          int linearRounds,
                          List<String> slotOrder,
                          List<TradedPick> tradedPicks,
                          int pickMinutes,
                          String pingChannel,
                          String resultChannel,
                          boolean timerEnabled,
                          String sheetKey) {

    public DraftConfig {
        slotOrder = Lists.copy(slotOrder);
        tradedPicks = Lists.copy(tradedPicks);
    }

    public int totalPicks() {
        return rounds * teamsPerRound;
    }
}

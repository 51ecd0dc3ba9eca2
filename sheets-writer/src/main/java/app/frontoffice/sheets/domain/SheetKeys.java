package app.frontoffice.sheets.domain;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The spreadsheet key of each season. The environment variable {@code DRAFT_SHEET_KEY_<season>} wins
 * over {@code draft-sheet.keys."<season>"} from the config file, so an operator can point a season at
 * a new sheet without a rebuild.
 */
public final class SheetKeys {

    private final Function<String, Optional<String>> environment;
    private final Map<String, String> configured;

    /**
     * @param environment looks up a variable by exact name (MicroProfile Config, whose environment source
     *                    outranks application.properties)
     * @param configured  season → key from the config file
     */
    public SheetKeys(Function<String, Optional<String>> environment, Map<String, String> configured) {
        this.environment = environment;
        this.configured = Map.copyOf(configured);
    }

    public Optional<String> keyFor(int season) {
        Optional<String> fromEnv = environment.apply("DRAFT_SHEET_KEY_" + season).filter(k -> !k.isBlank());
        if (fromEnv.isPresent()) {
            return fromEnv.map(String::trim);
        }
        return Optional.ofNullable(configured.get(String.valueOf(season))).filter(k -> !k.isBlank()).map(String::trim);
    }
}

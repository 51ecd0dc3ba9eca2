package app.frontoffice.sheets.it;

import app.frontoffice.sim.sheets.SheetsSimulator;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts one Sheets simulator per application start, creates a draft sheet for each test season and
 * points sheets-writer's real Google client at it. Tests reach it over its control API (root URL in a
 * system property), which works whichever class loader the test runs in.
 */
public class SheetsSimulatorResource implements QuarkusTestResourceLifecycleManager {

    public static final String ROOT_URL_PROPERTY = "sheets-writer.test.simulator-root";
    public static final String LEAGUE = "800000000000000001";
    /** Seasons with a sheet: one per test, so tests never see each other's picks. */
    public static final int[] SEASONS_WITH_SHEET = {13, 14, 15, 16, 17, 20};
    /** A season nobody configured a sheet for. */
    public static final int SEASON_WITHOUT_SHEET = 19;

    private SheetsSimulator simulator;

    public static String sheetKey(int season) {
        return "sheet-" + season;
    }

    @Override
    public Map<String, String> start() {
        simulator = SheetsSimulator.builder().port(0).build().start();
        Map<String, String> config = new HashMap<>();
        for (int season : SEASONS_WITH_SHEET) {
            simulator.createDraftSheet(sheetKey(season), "Season " + season + " Draft", 32, 16);
            config.put("draft-sheet.keys.\"" + season + "\"", sheetKey(season));
        }
        config.put("draft-sheet.root-url", simulator.rootUrl());
        config.put("draft-sheet.credentials", "fake");
        System.setProperty(ROOT_URL_PROPERTY, simulator.rootUrl());
        return config;
    }

    @Override
    public void stop() {
        if (simulator != null) {
            simulator.close();
        }
    }
}

package app.frontoffice.league;

import java.util.List;

/**
 * The made-up names the demo league is built from. All fictional; the player name lists are combined
 * at random (by seed), so they are plain common given names and surnames.
 */
final class DemoNames {

    record DemoTeam(String abbrev, String city, String nickname, String colour) {

        String longName() {
            return city + " " + nickname;
        }
    }

    static final List<DemoTeam> TEAMS = List.of(
            new DemoTeam("BCB", "Bay City", "Buccaneers", "a6ce39"),
            new DemoTeam("CFC", "Cedar Falls", "Comets", "1f4e9c"),
            new DemoTeam("DRM", "Dry Ridge", "Miners", "8b5a2b"),
            new DemoTeam("EHF", "Elk Harbor", "Foxes", "d35400"),
            new DemoTeam("GVG", "Glen Valley", "Gulls", "5dade2"),
            new DemoTeam("HPH", "High Plains", "Hawks", "6c3483"),
            new DemoTeam("IKK", "Iron Knoll", "Knights", "7f8c8d"),
            new DemoTeam("LMA", "Lake Marlow", "Anglers", "117a65"),
            new DemoTeam("MSS", "Maple Springs", "Sentinels", "c0392b"),
            new DemoTeam("NPN", "North Point", "Navigators", "2e86c1"),
            new DemoTeam("OCO", "Oak Crest", "Owls", "935116"),
            new DemoTeam("PHT", "Port Harlow", "Tides", "48c9b0"),
            new DemoTeam("RCR", "Red Canyon", "Rattlers", "e67e22"),
            new DemoTeam("SMS", "Silver Mesa", "Stallions", "aab7b8"),
            new DemoTeam("TBT", "Twin Bridges", "Thunder", "f1c40f"),
            new DemoTeam("WLW", "Willow Lake", "Wolves", "34495e"));

    static final List<String> FIRST_NAMES = List.of(
            "Aaron", "Adrian", "Alex", "Andre", "Angel", "Austin", "Ben", "Blake", "Brandon", "Brett",
            "Caleb", "Carlos", "Casey", "Chase", "Chris", "Cody", "Colin", "Connor", "Dalton", "Danny",
            "Dante", "Darius", "Derek", "Diego", "Dylan", "Eddie", "Eli", "Eric", "Felix", "Gabe",
            "Grant", "Hector", "Ian", "Isaac", "Jake", "Jalen", "Javier", "Jesse", "Joel", "Jonah",
            "Jorge", "Julian", "Kenji", "Kyle", "Luis", "Luke", "Marcus", "Mason", "Matt", "Miguel",
            "Nate", "Nico", "Noah", "Omar", "Owen", "Pablo", "Reid", "Rafael", "Ryan", "Sam",
            "Sean", "Seth", "Shane", "Tanner", "Theo", "Tomas", "Travis", "Tyler", "Victor", "Wade",
            "Wes", "Xavier", "Yuki", "Zach");

    static final List<String> LAST_NAMES = List.of(
            "Abbott", "Alvarez", "Archer", "Baker", "Barnes", "Bell", "Bishop", "Blair", "Bowen", "Brooks",
            "Burke", "Caldwell", "Carter", "Castillo", "Chandler", "Cole", "Collins", "Cruz", "Dalton", "Delgado",
            "Dixon", "Doyle", "Duffy", "Ellis", "Espinoza", "Farrell", "Fields", "Fischer", "Flores", "Foster",
            "Garner", "Gibson", "Graves", "Guerrero", "Hale", "Harper", "Hayes", "Hendricks", "Hoffman", "Holt",
            "Ibarra", "Jensen", "Keller", "Kimura", "Lambert", "Lawson", "Lowe", "Maddox", "Malone", "Marsh",
            "Medina", "Mercer", "Molina", "Morrow", "Nash", "Nolan", "Ochoa", "Ortega", "Park", "Pearce",
            "Quinn", "Ramos", "Reyes", "Rhodes", "Rios", "Sawyer", "Serrano", "Shepard", "Soto", "Stanton",
            "Sutton", "Tanaka", "Thornton", "Underwood", "Vance", "Vargas", "Walsh", "Warren", "Webb", "Whitaker",
            "Yates", "Zamora");

    private DemoNames() {
    }
}

package app.frontoffice.league;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a league file into the Discord simulator's guild seed: one role per team (named after its
 * long name, which is what the services ping), the admin role, the league's channels and the
 * "Voice Channels" category, and a member for every admin and GM holding the right role.
 *
 * <p>Ids the league file does not carry (bot, roles, channels) are the guild id plus a fixed offset,
 * so the same league always gives the same seed and the ids stay clear of the users' ids.
 */
public final class GuildSeeds {

    public static final String BOT_NAME = "Front Office";
    /** Not a secret: the simulator accepts this token and nothing real ever does. */
    public static final String LOCAL_BOT_TOKEN = "local.bot.token";
    public static final String DEFAULT_ADMIN_ROLE = "League Admin";
    static final String ADMINISTRATOR = "8";
    static final String NO_PERMISSIONS = "0";

    private static final int BOT_USER_OFFSET = 1;
    private static final int APPLICATION_OFFSET = 2;
    private static final int ROLE_OFFSET = 1_000;
    private static final int CHANNEL_OFFSET = 2_000;

    private GuildSeeds() {
    }

    /** The guild seed as the simulator reads it. */
    public static String fromLeague(LeagueFile league) {
        return LeagueFiles.writeJson(build(league));
    }

    /** The seed of a league that {@link LeagueFiles#parse} accepted (it relies on valid ids and colours). */
    public static GuildSeed build(LeagueFile file) {
        League league = file.league();
        DiscordSetup discord = file.discord();
        GuildSeed.Bot bot = new GuildSeed.Bot(derivedId(league, BOT_USER_OFFSET), BOT_NAME,
                derivedId(league, APPLICATION_OFFSET), LOCAL_BOT_TOKEN);

        List<GuildSeed.Role> roles = new ArrayList<>();
        GuildSeed.Role admin = new GuildSeed.Role(derivedId(league, ROLE_OFFSET),
                Objects.requireNonNullElse(league.adminRoleName(), DEFAULT_ADMIN_ROLE), ADMINISTRATOR, 0);
        roles.add(admin);
        Map<String, List<String>> rolesOfUser = new LinkedHashMap<>();
        Map<String, String> nameOfUser = new LinkedHashMap<>();
        List<String> admins = discord.adminUserIds();
        for (int a = 0; a < admins.size(); a++) {
            join(rolesOfUser, nameOfUser, admins.get(a), admins.size() == 1 ? "admin" : "admin-" + (a + 1), admin.id());
        }
        for (int t = 0; t < file.teams().size(); t++) {
            Team team = file.teams().get(t);
            GuildSeed.Role role = new GuildSeed.Role(derivedId(league, ROLE_OFFSET + 1 + t), team.longName(),
                    NO_PERMISSIONS, Integer.parseInt(team.colour(), 16));
            roles.add(role);
            for (int g = 0; g < team.gmIds().size(); g++) {
                String name = "gm-" + team.abbrev().toLowerCase(Locale.ROOT) + "-" + (g + 1);
                join(rolesOfUser, nameOfUser, team.gmIds().get(g), name, role.id());
            }
        }

        List<GuildSeed.Channel> channels = new ArrayList<>();
        for (String channel : discord.channels()) {
            channels.add(new GuildSeed.Channel(derivedId(league, CHANNEL_OFFSET + channels.size()), channel, "text", null));
        }
        channels.add(new GuildSeed.Channel(derivedId(league, CHANNEL_OFFSET + channels.size()),
                discord.voiceCategory(), "category", null));

        List<GuildSeed.Member> members = rolesOfUser.entrySet().stream()
                .map(user -> new GuildSeed.Member(user.getKey(), nameOfUser.get(user.getKey()), user.getValue()))
                .toList();
        return new GuildSeed(league.id(), league.name(), bot, roles, channels, members);
    }

    /** A user who is both admin and GM is one member with both roles, named for the first. */
    private static void join(Map<String, List<String>> rolesOfUser, Map<String, String> nameOfUser,
                             String userId, String name, String roleId) {
        rolesOfUser.computeIfAbsent(userId, id -> new ArrayList<>()).add(roleId);
        nameOfUser.putIfAbsent(userId, name);
    }

    private static String derivedId(League league, int offset) {
        return new BigInteger(league.id()).add(BigInteger.valueOf(offset)).toString();
    }
}

package app.frontoffice.sim.discord;

import java.util.List;

/**
 * Discord permission bits and the guild/channel permission computation the real server does.
 *
 * <p>Only the bits the league needs are named; everything else is carried through as raw longs.
 */
final class Permissions {

    static final long CREATE_INSTANT_INVITE = 1L;
    static final long ADMINISTRATOR = 1L << 3;
    static final long MANAGE_CHANNELS = 1L << 4;
    static final long ADD_REACTIONS = 1L << 6;
    static final long VIEW_CHANNEL = 1L << 10;
    static final long SEND_MESSAGES = 1L << 11;
    static final long EMBED_LINKS = 1L << 14;
    static final long ATTACH_FILES = 1L << 15;
    static final long READ_MESSAGE_HISTORY = 1L << 16;
    static final long USE_EXTERNAL_EMOJIS = 1L << 18;
    static final long CONNECT = 1L << 20;
    static final long SPEAK = 1L << 21;
    static final long USE_VAD = 1L << 25;
    static final long CHANGE_NICKNAME = 1L << 26;
    static final long USE_APPLICATION_COMMANDS = 1L << 31;
    static final long SEND_MESSAGES_IN_THREADS = 1L << 38;

    /** What an Administrator effectively has: every bit Discord currently defines (and a few spare). */
    static final long ALL = (1L << 51) - 1;

    /** The implicit @everyone role: what a fresh Discord server grants, without any admin power. */
    static final long EVERYONE_DEFAULT = CREATE_INSTANT_INVITE | ADD_REACTIONS | VIEW_CHANNEL | SEND_MESSAGES
            | EMBED_LINKS | ATTACH_FILES | READ_MESSAGE_HISTORY | USE_EXTERNAL_EMOJIS | CONNECT | SPEAK | USE_VAD
            | CHANGE_NICKNAME | USE_APPLICATION_COMMANDS | SEND_MESSAGES_IN_THREADS;

    private Permissions() {
    }

    /** One permission overwrite on a channel: type 0 = role, 1 = member. */
    record Overwrite(String id, int type, long allow, long deny) {
    }

    /** Guild-level permissions: @everyone plus every role the member has; Administrator means everything. */
    static long guildLevel(long everyone, List<Long> memberRoles) {
        long perms = everyone;
        for (long role : memberRoles) {
            perms |= role;
        }
        return (perms & ADMINISTRATOR) != 0 ? ALL : perms;
    }

    /**
     * Channel-level permissions, in Discord's documented order: @everyone overwrite, then the union
     * of the member's role overwrites (deny before allow), then the member's own overwrite.
     */
    static long channelLevel(long guildLevel, String guildId, String userId, List<String> roleIds, List<Overwrite> overwrites) {
        if ((guildLevel & ADMINISTRATOR) != 0) {
            return ALL;
        }
        long perms = guildLevel;
        for (Overwrite o : overwrites) {
            if (o.id().equals(guildId)) {
                perms = (perms & ~o.deny()) | o.allow();
            }
        }
        long allow = 0;
        long deny = 0;
        for (Overwrite o : overwrites) {
            if (o.type() == 0 && roleIds.contains(o.id())) {
                allow |= o.allow();
                deny |= o.deny();
            }
        }
        perms = (perms & ~deny) | allow;
        for (Overwrite o : overwrites) {
            if (o.type() == 1 && o.id().equals(userId)) {
                perms = (perms & ~o.deny()) | o.allow();
            }
        }
        return perms;
    }

    /** Discord sends permission sets as strings, but tolerates numbers; accept both. */
    static long parse(Object value) {
        if (value == null) {
            return 0;
        }
        String text = value.toString().trim();
        return text.isEmpty() || text.equals("null") ? 0 : Long.parseLong(text);
    }
}

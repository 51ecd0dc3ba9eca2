package app.frontoffice.sim.discord;

import app.frontoffice.sim.discord.Permissions.Overwrite;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one simulated guild: roles, channels, members, DM channels and voice presence.
 *
 * <p>The HTTP server's handler threads and the WebSocket threads both read and change it, so
 * every method is synchronized and hands out immutable records only.
 */
final class GuildState {

    static final int TEXT = 0;
    static final int DM = 1;
    static final int VOICE = 2;
    static final int CATEGORY = 4;

    record Role(String id, String name, long permissions, int colour, int position, boolean managed) {
    }

    record Channel(String id, String name, int type, String parentId, int position, List<Overwrite> overwrites,
                   String voiceStatus, String topic) {
        Channel {
            overwrites = List.copyOf(overwrites);
        }

        Channel withName(String value) {
            return new Channel(id, value, type, parentId, position, overwrites, voiceStatus, topic);
        }

        Channel withParent(String value) {
            return new Channel(id, name, type, value, position, overwrites, voiceStatus, topic);
        }

        Channel withOverwrites(List<Overwrite> value) {
            return new Channel(id, name, type, parentId, position, value, voiceStatus, topic);
        }

        Channel withVoiceStatus(String value) {
            return new Channel(id, name, type, parentId, position, overwrites, value, topic);
        }

        Channel withTopic(String value) {
            return new Channel(id, name, type, parentId, position, overwrites, voiceStatus, value);
        }

        Channel withPosition(int value) {
            return new Channel(id, name, type, parentId, value, overwrites, voiceStatus, topic);
        }

        String typeName() {
            return switch (type) {
                case VOICE -> "voice";
                case CATEGORY -> "category";
                case DM -> "dm";
                default -> "text";
            };
        }

        boolean isMessageChannel() {
            return type == TEXT || type == VOICE || type == DM;
        }
    }

    record Member(String userId, String name, List<String> roleIds, boolean bot, Instant joinedAt) {
        Member {
            roleIds = List.copyOf(roleIds);
        }
    }

    private final String guildId;
    private final String guildName;
    private final GuildSeed.Bot bot;
    private final String ownerId;
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, Channel> channels = new LinkedHashMap<>();
    private final Map<String, Member> members = new LinkedHashMap<>();
    private final Map<String, String> dmByUser = new HashMap<>();
    private final Map<String, String> userByDm = new HashMap<>();
    private final Set<String> closedDms = new HashSet<>();
    private final Map<String, String> voiceChannelByUser = new LinkedHashMap<>();

    GuildState(GuildSeed seed) {
        this.guildId = seed.id();
        this.guildName = seed.name();
        this.bot = seed.bot();
        Instant joined = Instant.now();
        roles.put(guildId, new Role(guildId, "@everyone", Permissions.EVERYONE_DEFAULT, 0, 0, false));
        int position = 1;
        for (GuildSeed.Role r : seed.roles()) {
            roles.put(r.id(), new Role(r.id(), r.name(), Permissions.parse(r.permissions()), r.colour(), position++, false));
        }
        // Discord gives every bot a managed role named after it; ours carries Administrator so the
        // bot passes JDA's local permission checks everywhere (JDA refuses calls without sending them).
        String botRoleId = Snowflakes.next();
        roles.put(botRoleId, new Role(botRoleId, bot.name(), Permissions.ADMINISTRATOR, 0, position, true));

        int channelPosition = 0;
        for (GuildSeed.Channel c : seed.channels()) {
            int type = switch (c.type()) {
                case "voice" -> VOICE;
                case "category" -> CATEGORY;
                default -> TEXT;
            };
            channels.put(c.id(), new Channel(c.id(), c.name(), type, c.parentId(), channelPosition++, List.of(), null, null));
        }
        members.put(bot.userId(), new Member(bot.userId(), bot.name(), List.of(botRoleId), true, joined));
        for (GuildSeed.Member m : seed.members()) {
            members.put(m.userId(), new Member(m.userId(), m.name(), m.roleIds(), false, joined));
        }
        // The bot owns the guild, so every human's power comes from their roles alone (an owner
        // would silently pass every default_member_permissions check).
        this.ownerId = bot.userId();
    }

    String guildId() {
        return guildId;
    }

    String guildName() {
        return guildName;
    }

    GuildSeed.Bot bot() {
        return bot;
    }

    String ownerId() {
        return ownerId;
    }

    synchronized List<Role> roles() {
        return List.copyOf(roles.values());
    }

    synchronized List<Channel> channels() {
        return List.copyOf(channels.values());
    }

    synchronized List<Member> members() {
        return List.copyOf(members.values());
    }

    synchronized Optional<Channel> channel(String id) {
        return Optional.ofNullable(channels.get(id));
    }

    /** A guild channel by id, or by name (first match, case-insensitive, optional leading '#'). */
    synchronized Optional<Channel> findChannel(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        Channel byId = channels.get(idOrName);
        if (byId != null) {
            return Optional.of(byId);
        }
        String name = idOrName.startsWith("#") ? idOrName.substring(1) : idOrName;
        return channels.values().stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
    }

    synchronized Optional<Member> member(String userId) {
        return Optional.ofNullable(members.get(userId));
    }

    /** A member by user id, or by name (case-insensitive, optional leading '@'). */
    synchronized Optional<Member> findMember(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        Member byId = members.get(idOrName);
        if (byId != null) {
            return Optional.of(byId);
        }
        String name = idOrName.startsWith("@") ? idOrName.substring(1) : idOrName;
        return members.values().stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }

    synchronized Optional<Role> findRole(String idOrName) {
        if (idOrName == null) {
            return Optional.empty();
        }
        Role byId = roles.get(idOrName);
        if (byId != null) {
            return Optional.of(byId);
        }
        String name = idOrName.startsWith("@") && !idOrName.equals("@everyone") ? idOrName.substring(1) : idOrName;
        return roles.values().stream().filter(r -> r.name().equalsIgnoreCase(name)).findFirst();
    }

    /** Guild-level permissions of a member (Administrator or ownership → everything). */
    synchronized long permissions(String userId) {
        Member m = members.get(userId);
        if (m == null) {
            return 0;
        }
        if (userId.equals(ownerId)) {
            return Permissions.ALL;
        }
        List<Long> rolePerms = new ArrayList<>();
        for (String roleId : m.roleIds()) {
            Role r = roles.get(roleId);
            if (r != null) {
                rolePerms.add(r.permissions());
            }
        }
        return Permissions.guildLevel(roles.get(guildId).permissions(), rolePerms);
    }

    /** Permissions of a member in one channel, after that channel's overwrites. */
    synchronized long permissions(String userId, String channelId) {
        long guildLevel = permissions(userId);
        Channel c = channels.get(channelId);
        Member m = members.get(userId);
        if (c == null || m == null) {
            return guildLevel;
        }
        return Permissions.channelLevel(guildLevel, guildId, userId, m.roleIds(), c.overwrites());
    }

    /** Has Administrator through a role (what {@code GET /sim/guild} reports as {@code admin}). */
    synchronized boolean isAdmin(String userId) {
        Member m = members.get(userId);
        return m != null && m.roleIds().stream().map(roles::get)
                .anyMatch(r -> r != null && (r.permissions() & Permissions.ADMINISTRATOR) != 0);
    }

    synchronized Channel createChannel(String name, int type, String parentId, List<Overwrite> overwrites, String topic) {
        String id = Snowflakes.next();
        Channel c = new Channel(id, name, type, parentId, channels.size(), overwrites, null, topic);
        channels.put(id, c);
        return c;
    }

    /** Applies a change to a guild channel; empty if there is no such channel. */
    synchronized Optional<Channel> updateChannel(String id, UnaryOperator<Channel> change) {
        Channel current = channels.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Channel updated = change.apply(current);
        channels.put(id, updated);
        return Optional.of(updated);
    }

    synchronized Optional<Channel> deleteChannel(String id) {
        Channel removed = channels.remove(id);
        if (removed != null) {
            voiceChannelByUser.values().removeIf(id::equals);
        }
        return Optional.ofNullable(removed);
    }

    synchronized Optional<Channel> putOverwrite(String channelId, Overwrite overwrite) {
        return updateChannel(channelId, c -> {
            List<Overwrite> list = new ArrayList<>(c.overwrites());
            list.removeIf(o -> o.id().equals(overwrite.id()));
            list.add(overwrite);
            return c.withOverwrites(list);
        });
    }

    synchronized Optional<Channel> deleteOverwrite(String channelId, String overwriteId) {
        return updateChannel(channelId, c -> {
            List<Overwrite> list = new ArrayList<>(c.overwrites());
            list.removeIf(o -> o.id().equals(overwriteId));
            return c.withOverwrites(list);
        });
    }

    /** Adds or removes one role of a member; empty if there is no such member. */
    synchronized Optional<Member> changeMemberRole(String userId, String roleId, boolean add) {
        Member m = members.get(userId);
        if (m == null) {
            return Optional.empty();
        }
        List<String> roleIds = new ArrayList<>(m.roleIds());
        roleIds.remove(roleId);
        if (add) {
            roleIds.add(roleId);
        }
        Member updated = new Member(m.userId(), m.name(), roleIds, m.bot(), m.joinedAt());
        members.put(userId, updated);
        return Optional.of(updated);
    }

    /** The DM channel id with a user, created on first use (like POST users/@me/channels). */
    synchronized String openDm(String userId) {
        return dmByUser.computeIfAbsent(userId, u -> {
            String id = Snowflakes.next();
            userByDm.put(id, u);
            return id;
        });
    }

    synchronized Optional<String> dmChannelOf(String userId) {
        return Optional.ofNullable(dmByUser.get(userId));
    }

    /** The user at the other end of a DM channel, if the id is one. */
    synchronized Optional<String> dmRecipient(String channelId) {
        return Optional.ofNullable(userByDm.get(channelId));
    }

    synchronized void setDmsClosed(String userId, boolean closed) {
        if (closed) {
            closedDms.add(userId);
        } else {
            closedDms.remove(userId);
        }
    }

    synchronized boolean dmsClosed(String userId) {
        return closedDms.contains(userId);
    }

    /** Moves a user into a voice channel; returns the channel they were in before (or null). */
    synchronized String joinVoice(String userId, String channelId) {
        return voiceChannelByUser.put(userId, channelId);
    }

    synchronized String leaveVoice(String userId) {
        return voiceChannelByUser.remove(userId);
    }

    synchronized Map<String, String> voiceStates() {
        return Map.copyOf(voiceChannelByUser);
    }

    synchronized List<Member> voiceMembers(String channelId) {
        List<Member> present = new ArrayList<>();
        voiceChannelByUser.forEach((user, channel) -> {
            if (channel.equals(channelId) && members.containsKey(user)) {
                present.add(members.get(user));
            }
        });
        return present;
    }
}

package app.frontoffice.league;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/**
 * What the Discord simulator needs to build a guild: the bot, roles, channels and members. The JSON
 * written from this record is a contract with the simulator, so property names and order matter.
 */
public record GuildSeed(String id, String name, Bot bot, List<Role> roles, List<Channel> channels, List<Member> members) {

    public GuildSeed {
        roles = List.copyOf(roles);
        channels = List.copyOf(channels);
        members = List.copyOf(members);
    }

    public record Bot(String userId, String name, String applicationId, String token) {
    }

    /** @param permissions Discord permission bits as a decimal string ("8" is Administrator) */
    public record Role(String id, String name, String permissions, int colour) {
    }

    /** @param type {@code text}, {@code voice} or {@code category} */
    public record Channel(String id, String name, String type,
                          // The simulator expects the key even for a top-level channel.
                          @JsonInclude(JsonInclude.Include.ALWAYS) String parentId) {
    }

    public record Member(String userId, String name, List<String> roleIds) {

        public Member {
            roleIds = List.copyOf(roleIds);
        }
    }
}

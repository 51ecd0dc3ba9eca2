package app.frontoffice.events.discord;

import java.util.List;

/** The users and roles a message may ping. There is deliberately no way to ping @everyone or @here. */
public record AllowedMentions(List<String> userIds, List<String> roleIds) {

    public static final AllowedMentions NONE = new AllowedMentions(List.of(), List.of());

    public AllowedMentions {
        userIds = userIds == null ? List.of() : List.copyOf(userIds);
        roleIds = roleIds == null ? List.of() : List.copyOf(roleIds);
    }

    public static AllowedMentions roles(String... roleIds) {
        return new AllowedMentions(List.of(), List.of(roleIds));
    }

    public static AllowedMentions users(String... userIds) {
        return new AllowedMentions(List.of(userIds), List.of());
    }
}

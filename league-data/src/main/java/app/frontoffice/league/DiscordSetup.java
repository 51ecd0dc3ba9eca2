package app.frontoffice.league;

import java.util.List;

/**
 * What the league's Discord guild holds besides the teams' roles: who administers it and which
 * channels the services post to (by name).
 *
 * @param voiceCategory category under which game-day voice channels are created
 */
public record DiscordSetup(List<String> adminUserIds, List<String> channels, String voiceCategory) {

    public DiscordSetup {
        adminUserIds = Lists.copy(adminUserIds);
        channels = Lists.copy(channels);
    }
}

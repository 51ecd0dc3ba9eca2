package app.frontoffice.events;

import app.frontoffice.events.discord.AllowedMentions;
import app.frontoffice.events.discord.ChannelRef;
import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.InteractionRef;
import app.frontoffice.events.discord.Message;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.events.league.CalendarState;
import app.frontoffice.events.league.PlayerState;
import app.frontoffice.events.league.TeamState;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each contract is pinned by a golden JSON file: writing the record must give the file, and reading
 * the file must give the record. To change a contract on purpose, run with {@code -Dgolden.update=true}
 * and review the diff of the golden files. A contract change therefore shows up as a diff of these files.
 */
class GoldenContractsTest {

    static final Message ON_CLOCK = new Message("<@&700000000000000001>",
            List.of(Embed.builder()
                    .title("⏰ Bay City Buccaneers On The Clock")
                    .description("Round 1, Pick 3 (Overall #3)")
                    .colour(0xA6CE39)
                    .field("⏱️ Deadline", "<t:1796300000:T> (<t:1796300000:R>)", true)
                    .field("💰 Team sWAR", "12.50 / 32.00", true)
                    .thumbnail("https://example.org/bcb.png")
                    .footer("📝 This pick was acquired via trade")
                    .build()),
            AllowedMentions.roles("700000000000000001"));

    static Stream<Arguments> contracts() {
        InteractionRef interaction = new InteractionRef("900000000000000001", "1100000000000000001", "aW50ZXJhY3Rpb24tdG9rZW4");
        return Stream.of(
                Arguments.of("slash-command.json", SlashCommand.class, new SlashCommand(
                        "1100000000000000001", "aW50ZXJhY3Rpb24tdG9rZW4", "900000000000000001",
                        "800000000000000001", "810000000000000001", "draft-pings", "820000000000000001", "casey",
                        List.of("700000000000000001", "700000000000000009"), 8L, "draft-admin timer",
                        List.of(CommandOption.bool("enabled", true), CommandOption.integer("minutes", 2),
                                CommandOption.channel("ping_channel", "810000000000000001")),
                        true)),
                Arguments.of("action-reply.json", DiscordAction.class,
                        new DiscordAction.ReplyToInteraction(interaction, ON_CLOCK, false)),
                Arguments.of("action-followup.json", DiscordAction.class,
                        new DiscordAction.ReplyToInteraction(interaction, Message.text("Also this."), true)),
                Arguments.of("action-post-by-name.json", DiscordAction.class,
                        new DiscordAction.PostToChannel(ChannelRef.byName("draft-pings"), ON_CLOCK)),
                Arguments.of("action-post-by-id.json", DiscordAction.class,
                        new DiscordAction.PostToChannel(ChannelRef.byId("810000000000000001"),
                                Message.text("⏰ BCB - **60 seconds remaining** for pick #3!"))),
                Arguments.of("action-purge.json", DiscordAction.class,
                        new DiscordAction.PurgeChannel(ChannelRef.byName("live-sba-scores"), 25)),
                Arguments.of("action-set-visibility.json", DiscordAction.class,
                        new DiscordAction.SetChannelVisibility(ChannelRef.byName("live-sba-scores"), false)),
                Arguments.of("action-dm.json", DiscordAction.class,
                        new DiscordAction.SendDirectMessage("820000000000000001", Message.text("Your transaction was cancelled."))),
                Arguments.of("action-voice-status.json", DiscordAction.class,
                        new DiscordAction.SetVoiceStatus(ChannelRef.byId("830000000000000001"), "AWY 4 @ 3 HOM")),
                Arguments.of("action-delete-channel.json", DiscordAction.class,
                        new DiscordAction.DeleteChannel(ChannelRef.byId("830000000000000001"), "Automatic cleanup - empty for 5+ minutes")),
                Arguments.of("envelope.json", Envelope.class, new Envelope(
                        UUID.fromString("0f8b7c1e-4a57-4d0e-9a39-2f1c55d1a001"), "discord.action", 1,
                        Instant.parse("2026-12-03T12:00:00Z"), "800000000000000001", "1100000000000000001",
                        EventCodec.mapper().valueToTree(new DiscordAction.PurgeChannel(ChannelRef.byName("admin"), 5)))),
                Arguments.of("team-state.json", TeamState.class, new TeamState("800000000000000001", "BCB",
                        "Buccaneers", "Bay City Buccaneers", "a6ce39", "https://example.org/bcb.png", 32.0,
                        List.of("820000000000000001", "820000000000000002"),
                        new TeamState.Affiliates("BCBMiL", "BCBIL"))),
                Arguments.of("player-state.json", PlayerState.class, new PlayerState("800000000000000001", 1001,
                        "José Ramírez", 0.65, List.of("SP", "RP"), "https://example.org/cards/1001.png", "BCBMiL")),
                Arguments.of("calendar-state.json", CalendarState.class,
                        new CalendarState("800000000000000001", 13, 0, false, "America/New_York")),
                Arguments.of("pick-made.json", PickMade.class, new PickMade("800000000000000001", 13, 3, 1,
                        "DRM", "LMA", 1001, "José Ramírez", 0.65, false, Instant.parse("2026-12-03T12:01:30Z"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void writingTheRecordGivesTheGoldenFile(String file, Class<?> type, Object record) throws IOException {
        // Through text, as on the wire, so that number widths compare as JSON sees them.
        JsonNode written = EventCodec.mapper().readTree(EventCodec.mapper().writeValueAsString(record));
        if (Boolean.getBoolean("golden.update")) {
            // Deliberate contract change: ./mvnw -pl events test -Dgolden.update=true, then review the diff.
            Path target = Path.of("src/test/resources/golden", file);
            Files.writeString(target, EventCodec.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(written) + "\n");
            return;
        }
        assertThat(written).isEqualTo(golden(file));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void readingTheGoldenFileGivesTheRecord(String file, Class<?> type, Object record) throws IOException {
        Object read = EventCodec.read(golden(file), file, type);
        assertThat(read).isEqualTo(record);
    }

    static JsonNode golden(String file) throws IOException {
        try (InputStream in = GoldenContractsTest.class.getResourceAsStream("/golden/" + file)) {
            assertThat(in).as("golden file %s", file).isNotNull();
            return EventCodec.mapper().readTree(in);
        }
    }
}

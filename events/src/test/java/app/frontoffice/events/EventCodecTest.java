package app.frontoffice.events;

import app.frontoffice.events.discord.ChannelRef;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.Message;
import app.frontoffice.events.discord.SlashCommand;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventCodecTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void anEnvelopeSurvivesTheWireWithItsTypedPayload() {
        DiscordAction action = new DiscordAction.PostToChannel(ChannelRef.byName("draft-pings"), Message.text("hi"));
        Envelope sent = EventCodec.envelope(EventTypes.DISCORD_ACTION, "42", "corr-1", action, clock);

        Envelope received = EventCodec.decode(EventCodec.encode(sent));

        assertThat(received).isEqualTo(sent);
        assertThat(received.occurredAt()).isEqualTo(Instant.parse("2026-12-03T12:00:00Z"));
        assertThat(EventCodec.payload(received, EventTypes.DISCORD_ACTION)).isEqualTo(action);
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        String json = """
                {"eventId":"0f8b7c1e-4a57-4d0e-9a39-2f1c55d1a001","type":"discord.action","version":2,
                 "occurredAt":"2026-12-03T12:00:00Z","leagueId":"42","addedLater":{"x":1},
                 "payload":{"action":"purge","channel":{"name":"admin","colourOfTheDay":"red"},"count":5,"reason":"new"}}
                """;

        Envelope envelope = EventCodec.decode(json);

        assertThat(EventCodec.payload(envelope, EventTypes.DISCORD_ACTION))
                .isEqualTo(new DiscordAction.PurgeChannel(ChannelRef.byName("admin"), 5));
    }

    @Test
    void aPayloadThatCannotBeReadNamesItsType() {
        String json = """
                {"eventId":"0f8b7c1e-4a57-4d0e-9a39-2f1c55d1a001","type":"discord.slash-command","version":1,
                 "occurredAt":"2026-12-03T12:00:00Z","leagueId":"42",
                 "payload":{"interactionId":"1","memberPermissions":"not a number"}}
                """;
        Envelope envelope = EventCodec.decode(json);

        assertThatThrownBy(() -> EventCodec.payload(envelope, EventTypes.SLASH_COMMAND))
                .isInstanceOf(EventParseException.class)
                .hasMessageStartingWith("Cannot parse discord.slash-command:");
    }

    @Test
    void anUnknownActionKindNamesTheType() {
        String json = """
                {"eventId":"0f8b7c1e-4a57-4d0e-9a39-2f1c55d1a001","type":"discord.action","version":1,
                 "occurredAt":"2026-12-03T12:00:00Z","leagueId":"42","payload":{"action":"launch-rockets"}}
                """;

        assertThatThrownBy(() -> EventCodec.payload(EventCodec.decode(json), EventTypes.DISCORD_ACTION))
                .isInstanceOf(EventParseException.class)
                .hasMessageContaining("discord.action")
                .hasMessageContaining("launch-rockets");
    }

    @Test
    void garbageIsNotAnEnvelope() {
        assertThatThrownBy(() -> EventCodec.decode("{not json"))
                .isInstanceOf(EventParseException.class)
                .hasMessageStartingWith("Cannot parse envelope:");
        assertThatThrownBy(() -> EventCodec.decode("{\"type\":\"x\"}"))
                .isInstanceOf(EventParseException.class);
    }

    @Test
    void aPayloadOfAnotherTypeIsRefused() {
        Envelope envelope = EventCodec.envelope(EventTypes.DISCORD_ACTION, "42", null,
                new DiscordAction.PurgeChannel(ChannelRef.byName("admin"), 1), clock);

        assertThatThrownBy(() -> EventCodec.payload(envelope, EventTypes.SLASH_COMMAND))
                .isInstanceOf(EventParseException.class)
                .hasMessage("Cannot parse discord.slash-command: the envelope is of type discord.action");
    }

    @Test
    void typedOptionsReadBackAsTheirTypes() {
        String json = """
                {"interactionId":"1","commandPath":"draft-admin timer",
                 "options":[{"name":"enabled","type":"BOOLEAN","value":true},{"name":"minutes","type":"INTEGER","value":2}],
                 "memberPermissions":8}
                """;
        SlashCommand command = EventCodec.read(json, "discord.slash-command", SlashCommand.class);

        assertThat(command.booleanOption("enabled")).contains(true);
        assertThat(command.longOption("minutes")).contains(2L);
        assertThat(command.longOption("seconds")).isEmpty();
        assertThat(command.isAdministrator()).isTrue();
    }

    @Test
    void keysOrderWhatMustStayInOrder() {
        assertThat(Keys.pick("42", 13, 160)).isEqualTo("42:13:160");
        assertThat(Keys.entity("42", "BCB")).isEqualTo("42:BCB");
        assertThat(Topics.isCompacted(Topics.DRAFT_PICK_MADE)).isTrue();
        assertThat(Topics.isCompacted(Topics.DISCORD_ACTIONS)).isFalse();
        assertThat(Topics.deadLetter(Topics.DISCORD_ACTIONS)).isEqualTo("discord.actions.dlq");
        assertThatThrownBy(() -> Keys.league(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}

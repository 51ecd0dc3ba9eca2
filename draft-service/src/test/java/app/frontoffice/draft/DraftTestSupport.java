package app.frontoffice.draft;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.events.Topics;
import app.frontoffice.testkit.TestKafka;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Builds commands as the gateway would publish them, and finds the answers the service sent. */
final class DraftTestSupport {

    private static final AtomicLong IDS = new AtomicLong(System.currentTimeMillis() * 1000);

    static SlashCommand command(String leagueId, String path, CommandOption... options) {
        return commandBy(leagueId, "user-1", path, options);
    }

    static SlashCommand commandBy(String leagueId, String userId, String path, CommandOption... options) {
        String interactionId = String.valueOf(IDS.incrementAndGet());
        return new SlashCommand(interactionId, "token-" + interactionId, "app-1", leagueId, "chan-1", "general",
                userId, "user-" + userId, List.of(), 0L, path, List.of(options), false);
    }

    static SlashCommand adminCommand(String leagueId, String path, CommandOption... options) {
        String interactionId = String.valueOf(IDS.incrementAndGet());
        return new SlashCommand(interactionId, "token-" + interactionId, "app-1", leagueId, "chan-1", "admin",
                "admin-1", "admin", List.of(), SlashCommand.ADMINISTRATOR, path, List.of(options), true);
    }

    /** Publishes the command on the real broker and waits for the service's answer. */
    static DiscordAction.ReplyToInteraction ask(SlashCommand command) {
        publish(command);
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> replyTo(command), Optional::isPresent).orElseThrow();
    }

    /** Everything posted to a channel (by name) in this league, oldest first. */
    static List<app.frontoffice.events.discord.Message> postsTo(String leagueId, String channelName) {
        return TestKafka.read(Topics.DISCORD_ACTIONS, r -> leagueId.equals(r.key())).stream()
                .map(r -> EventCodec.payload(EventCodec.decode(r.value()), EventTypes.DISCORD_ACTION))
                .filter(DiscordAction.PostToChannel.class::isInstance)
                .map(DiscordAction.PostToChannel.class::cast)
                .filter(p -> channelName.equals(p.channel().name()))
                .map(DiscordAction.PostToChannel::message)
                .toList();
    }

    /** Waits (the outbox publishes after commit) until the channel's posts satisfy {@code condition}. */
    static List<String> awaitPosts(String leagueId, String channelName,
                                   java.util.function.Predicate<List<String>> condition) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> postsTo(leagueId, channelName).stream().map(DraftTestSupport::text).toList(), condition);
    }

    static String text(app.frontoffice.events.discord.Message message) {
        StringBuilder sb = new StringBuilder(message.content() == null ? "" : message.content());
        for (var embed : message.embeds()) {
            sb.append('\n').append(embed.title()).append('\n').append(embed.description());
            embed.fields().forEach(f -> sb.append('\n').append(f.name()).append(": ").append(f.value()));
            if (embed.footer() != null) {
                sb.append('\n').append(embed.footer());
            }
        }
        return sb.toString();
    }

    static String envelope(SlashCommand command) {
        Envelope envelope = EventCodec.envelope(EventTypes.SLASH_COMMAND, command.guildId(), command.interactionId(),
                command, Clock.systemUTC());
        return EventCodec.encode(envelope);
    }

    static void publish(SlashCommand command) {
        TestKafka.send(Topics.DRAFT_COMMANDS, command.guildId(), envelope(command));
    }

    /** The replies the service sent to this command's interaction, oldest first. */
    static List<DiscordAction.ReplyToInteraction> repliesTo(SlashCommand command) {
        return TestKafka.read(Topics.DISCORD_ACTIONS, r -> r.value() != null).stream()
                .map(r -> EventCodec.decode(r.value()))
                .filter(e -> command.interactionId().equals(e.correlationId()))
                .map(e -> EventCodec.payload(e, EventTypes.DISCORD_ACTION))
                .filter(DiscordAction.ReplyToInteraction.class::isInstance)
                .map(DiscordAction.ReplyToInteraction.class::cast)
                .toList();
    }

    static Optional<DiscordAction.ReplyToInteraction> replyTo(SlashCommand command) {
        return repliesTo(command).stream().findFirst();
    }

    private DraftTestSupport() {
    }
}

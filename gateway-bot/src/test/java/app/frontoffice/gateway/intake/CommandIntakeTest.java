package app.frontoffice.gateway.intake;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.gateway.answers.AnswerDeadlines;
import app.frontoffice.gateway.messages.Texts;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import static org.assertj.core.api.Assertions.assertThat;

class CommandIntakeTest {

    private record Sent(String topic, String key, String value) {
    }

    /** A responder whose defer completes when the test says so. */
    private static final class FakeResponder implements CommandResponder {
        final CompletableFuture<Void> deferred = new CompletableFuture<>();
        final List<Boolean> defers = new ArrayList<>();
        final List<String> edits = new ArrayList<>();

        @Override
        public CompletionStage<Void> defer(boolean ephemeral) {
            defers.add(ephemeral);
            return deferred;
        }

        @Override
        public void editOriginal(String text) {
            edits.add(text);
        }
    }

    private final List<Sent> sent = new ArrayList<>();
    private CompletableFuture<Void> brokerAck = new CompletableFuture<>();
    private final CommandPublisher publisher = (topic, key, value) -> {
        sent.add(new Sent(topic, key, value));
        return brokerAck;
    };
    private final AnswerDeadlines deadlines = new AnswerDeadlines(Duration.ofSeconds(10), (task, delay) -> { }, t -> { });
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC);
    private final CommandIntake intake = new CommandIntake(publisher, deadlines, clock);
    private final SlashCommand command = new SlashCommand("1001", "token", "app", "guild-1", "chan-1", "draft-pings",
            "user-1", "casey", List.of("role-1"), 8L, "draft-admin timer", List.of(CommandOption.bool("enabled", true)), true);

    @Test
    void defersFirstAndPublishesOnlyOnceDiscordAcceptedTheDefer() {
        FakeResponder responder = new FakeResponder();
        intake.accept(command, "draft.commands", responder);

        assertThat(responder.defers).containsExactly(true);
        assertThat(sent).isEmpty();

        responder.deferred.complete(null);

        assertThat(sent).singleElement().satisfies(s -> {
            assertThat(s.topic()).isEqualTo("draft.commands");
            assertThat(s.key()).isEqualTo("guild-1");
            Envelope envelope = EventCodec.decode(s.value());
            assertThat(envelope.type()).isEqualTo(EventTypes.SLASH_COMMAND.name());
            assertThat(envelope.correlationId()).isEqualTo("1001");
            assertThat(envelope.leagueId()).isEqualTo("guild-1");
            assertThat(envelope.occurredAt()).isEqualTo(clock.instant());
            assertThat(EventCodec.payload(envelope, EventTypes.SLASH_COMMAND)).isEqualTo(command);
        });
        assertThat(deadlines.find("1001")).get().extracting(AnswerDeadlines.Tracked::ephemeral).isEqualTo(true);
    }

    @Test
    void aCommandWhoseDeferFailedIsNotPublished() {
        FakeResponder responder = new FakeResponder();
        intake.accept(command, "draft.commands", responder);
        responder.deferred.completeExceptionally(new IllegalStateException("10062: Unknown interaction"));

        assertThat(sent).isEmpty();
        assertThat(deadlines.find("1001")).isEmpty();
    }

    @Test
    void whenTheBrokerCannotBeReachedTheMemberIsToldAtOnce() {
        FakeResponder responder = new FakeResponder();
        intake.accept(command, "draft.commands", responder);
        responder.deferred.complete(null);

        brokerAck.completeExceptionally(new org.apache.kafka.common.errors.TimeoutException("expired"));

        assertThat(responder.edits).containsExactly(Texts.OFFICE_UNREACHABLE);
        assertThat(deadlines.waiting()).isZero();
    }

    @Test
    void anAcknowledgedCommandWaitsForItsAnswer() {
        FakeResponder responder = new FakeResponder();
        intake.accept(command, "draft.commands", responder);
        responder.deferred.complete(null);
        brokerAck.complete(null);

        assertThat(responder.edits).isEmpty();
        assertThat(deadlines.waiting()).isEqualTo(1);
    }
}

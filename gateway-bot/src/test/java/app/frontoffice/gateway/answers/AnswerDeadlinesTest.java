package app.frontoffice.gateway.answers;

import app.frontoffice.events.discord.InteractionRef;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerDeadlinesTest {

    /** Scheduled tasks, run by hand in the order a clock would run them. */
    private record Task(Runnable run, Duration delay) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private final List<AnswerDeadlines.Tracked> timedOut = new ArrayList<>();
    private final AnswerDeadlines deadlines = new AnswerDeadlines(Duration.ofSeconds(10),
            (task, delay) -> tasks.add(new Task(task, delay)), timedOut::add);
    private final InteractionRef ref = new InteractionRef("app", "1001", "token-1001");

    private void runTasksDueWithin(Duration elapsed) {
        List.copyOf(tasks).stream().filter(t -> t.delay().compareTo(elapsed) <= 0).forEach(t -> t.run().run());
    }

    @Test
    void anUnansweredInteractionTimesOutOnce() {
        deadlines.expect(ref, true);
        assertThat(tasks).extracting(Task::delay).containsExactly(Duration.ofSeconds(10), AnswerDeadlines.TOKEN_LIFETIME);

        runTasksDueWithin(Duration.ofSeconds(10));
        runTasksDueWithin(Duration.ofSeconds(10));

        assertThat(timedOut).singleElement().satisfies(t -> {
            assertThat(t.interaction()).isEqualTo(ref);
            assertThat(t.ephemeral()).isTrue();
            assertThat(t.state()).isEqualTo(AnswerDeadlines.State.TIMED_OUT);
        });
        assertThat(deadlines.waiting()).isZero();
    }

    @Test
    void anAnswerInTimeCancelsTheTimeoutNote() {
        deadlines.expect(ref, false);
        assertThat(deadlines.settle("1001")).isTrue();
        assertThat(deadlines.settle("1001")).isFalse();

        runTasksDueWithin(Duration.ofSeconds(10));

        assertThat(timedOut).isEmpty();
        assertThat(deadlines.find("1001")).get().extracting(AnswerDeadlines.Tracked::state).isEqualTo(AnswerDeadlines.State.ANSWERED);
    }

    @Test
    void aLateAnswerIsStillExecutedButNoLongerCountsAsFirst() {
        deadlines.expect(ref, false);
        runTasksDueWithin(Duration.ofSeconds(10));
        assertThat(deadlines.settle("1001")).isFalse();
        assertThat(deadlines.find("1001")).isPresent();
    }

    @Test
    void givingUpReplacesTheTimeoutNoteButNeverARealAnswer() {
        deadlines.expect(ref, false);
        runTasksDueWithin(Duration.ofSeconds(10));
        assertThat(deadlines.giveUp("1001")).isTrue();

        InteractionRef other = new InteractionRef("app", "1002", "token-1002");
        deadlines.expect(other, false);
        deadlines.settle("1002");
        assertThat(deadlines.giveUp("1002")).isFalse();
    }

    @Test
    void entriesAreForgottenWhenTheTokenExpires() {
        deadlines.expect(ref, true);
        runTasksDueWithin(AnswerDeadlines.TOKEN_LIFETIME);
        assertThat(deadlines.find("1001")).isEmpty();
        assertThat(deadlines.find(null)).isEmpty();
        assertThat(deadlines.settle("unknown")).isFalse();
    }
}

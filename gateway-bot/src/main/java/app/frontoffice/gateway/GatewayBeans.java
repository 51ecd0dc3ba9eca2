package app.frontoffice.gateway;

import app.frontoffice.gateway.answers.AnswerDeadlines;
import app.frontoffice.gateway.autocomplete.PlayerSuggestions;
import app.frontoffice.gateway.catalogue.CommandCatalogue;
import app.frontoffice.gateway.discord.InteractionReplies;
import app.frontoffice.gateway.intake.CommandIntake;
import app.frontoffice.gateway.kafka.KafkaCommandPublisher;
import app.frontoffice.gateway.messages.Texts;
import app.frontoffice.support.league.LeagueView;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Wires the plain-Java parts of the gateway to their adapters. */
@ApplicationScoped
public class GatewayBeans {

    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "gateway-answer-deadlines");
        t.setDaemon(true);
        return t;
    });

    @Produces
    @Singleton
    CommandCatalogue catalogue() {
        return CommandCatalogue.standard();
    }

    @Produces
    @Singleton
    AnswerDeadlines deadlines(GatewayConfig config, InteractionReplies replies) {
        return new AnswerDeadlines(config.answerTimeout(),
                (task, delay) -> timers.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS),
                timedOut -> replies.editOriginalText(timedOut.interaction(), Texts.NOT_ANSWERING));
    }

    @Produces
    @Singleton
    CommandIntake intake(KafkaCommandPublisher publisher, AnswerDeadlines deadlines, Clock clock) {
        return new CommandIntake(publisher, deadlines, clock);
    }

    @Produces
    @Singleton
    PlayerSuggestions suggestions(LeagueView view, GatewayConfig config) {
        return new PlayerSuggestions(view, config.freeAgentRoster());
    }

    void onStop(@Observes ShutdownEvent event) {
        timers.shutdownNow();
    }
}

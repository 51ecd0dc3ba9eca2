package app.frontoffice.support.discord;

import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.Message;
import app.frontoffice.events.discord.SlashCommand;
import app.frontoffice.support.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;


/** Queues Discord actions for the gateway through the outbox, in the caller's transaction. */
@ApplicationScoped
public class DiscordActionOutbox {

    @Inject
    Outbox outbox;


    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String leagueId, String correlationId, DiscordAction action) {
        outbox.add(Topics.DISCORD_ACTIONS, Keys.league(leagueId), EventTypes.DISCORD_ACTION, leagueId, correlationId, action);
    }

    /** Answers the command: replaces the gateway's "thinking…" with {@code message}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reply(SlashCommand command, Message message) {
        send(command.guildId(), command.interactionId(),
                new DiscordAction.ReplyToInteraction(command.interaction(), message, false));
    }
}

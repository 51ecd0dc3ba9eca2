package app.frontoffice.gateway.actions;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.discord.ChannelRef;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.DiscordAction.DeleteChannel;
import app.frontoffice.events.discord.DiscordAction.PostToChannel;
import app.frontoffice.events.discord.DiscordAction.PurgeChannel;
import app.frontoffice.events.discord.DiscordAction.ReplyToInteraction;
import app.frontoffice.events.discord.DiscordAction.SendDirectMessage;
import app.frontoffice.events.discord.DiscordAction.SetChannelVisibility;
import app.frontoffice.events.discord.DiscordAction.SetVoiceStatus;
import app.frontoffice.events.discord.InteractionRef;
import app.frontoffice.events.discord.Message;
import app.frontoffice.gateway.GatewayConfig;
import app.frontoffice.gateway.answers.AnswerDeadlines;
import app.frontoffice.gateway.discord.DiscordConnection;
import app.frontoffice.gateway.discord.InteractionReplies;
import app.frontoffice.gateway.discord.JdaMessages;
import app.frontoffice.gateway.messages.MessageRenderer;
import app.frontoffice.gateway.messages.RenderedMessage;
import app.frontoffice.gateway.messages.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Role;
import net.dv8tion.jda.api.entities.channel.attribute.IPermissionContainer;
import net.dv8tion.jda.api.entities.channel.concrete.VoiceChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Executes {@code discord.actions} with JDA. Every action completes normally: a failure is logged
 * with its context and, where the action belongs to an interaction, the member is told in a short
 * note. The returned future completes once Discord answered, so the consumer keeps a league's
 * actions in order (a purge before the post that follows it).
 */
@ApplicationScoped
public class ActionExecutor {

    private static final Logger LOG = Logger.getLogger(ActionExecutor.class);
    private static final int MAX_AUDIT_REASON = 512;

    @Inject
    DiscordConnection connection;

    @Inject
    InteractionReplies replies;

    @Inject
    AnswerDeadlines deadlines;

    @Inject
    GatewayConfig config;

    public CompletableFuture<Void> execute(Envelope envelope, DiscordAction action) {
        CompletableFuture<Void> run;
        try {
            run = dispatch(envelope, action);
        } catch (RuntimeException e) {
            run = CompletableFuture.failedFuture(e);
        }
        return run.orTimeout(config.actionTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .handle((ok, failure) -> {
                    if (failure != null) {
                        reportFailure(envelope, action, unwrap(failure));
                    }
                    return null;
                });
    }

    private CompletableFuture<Void> dispatch(Envelope envelope, DiscordAction action) {
        if (action instanceof ReplyToInteraction reply) {
            return reply(envelope, reply);
        }
        Guild guild = connection.guild(envelope.leagueId())
                .orElseThrow(() -> new IllegalStateException("the bot is not in the league's guild (or not connected)"));
        if (action instanceof PostToChannel post) {
            GuildMessageChannel channel = channel(guild, post.channel(), GuildMessageChannel.class);
            return channel.sendMessage(JdaMessages.create(render(guild, post.message()))).submit().thenApply(m -> null);
        }
        if (action instanceof PurgeChannel purge) {
            return purge(channel(guild, purge.channel(), GuildMessageChannel.class), purge.count());
        }
        if (action instanceof SetChannelVisibility visibility) {
            IPermissionContainer channel = channel(guild, visibility.channel(), IPermissionContainer.class);
            var override = channel.upsertPermissionOverride(guild.getPublicRole());
            return (visibility.visibleToEveryone() ? override.grant(Permission.VIEW_CHANNEL) : override.deny(Permission.VIEW_CHANNEL))
                    .submit().thenApply(o -> null);
        }
        if (action instanceof SendDirectMessage dm) {
            JDA jda = guild.getJDA();
            return jda.openPrivateChannelById(dm.userId())
                    .flatMap(channel -> channel.sendMessage(JdaMessages.create(render(guild, dm.message()))))
                    .submit().thenApply(m -> null);
        }
        if (action instanceof SetVoiceStatus status) {
            VoiceChannel channel = channel(guild, status.channel(), VoiceChannel.class);
            return channel.modifyStatus(status.status() == null ? "" : status.status()).submit();
        }
        if (action instanceof DeleteChannel delete) {
            GuildChannel channel = channel(guild, delete.channel(), GuildChannel.class);
            var request = channel.delete();
            if (delete.reason() != null && !delete.reason().isBlank()) {
                request = request.reason(MessageRenderer.clip(delete.reason(), MAX_AUDIT_REASON));
            }
            return request.submit();
        }
        throw new IllegalArgumentException("unknown action " + action.getClass().getSimpleName());
    }

    private CompletableFuture<Void> reply(Envelope envelope, ReplyToInteraction reply) {
        InteractionRef interaction = reply.interaction();
        deadlines.settle(interaction.interactionId());
        Optional<Guild> guild = connection.guild(envelope.leagueId());
        RenderedMessage message = guild.map(g -> render(g, reply.message()))
                .orElseGet(() -> MessageRenderer.render(reply.message(), name -> Optional.empty()));
        if (reply.followup()) {
            // A follow-up is as private as the answer it follows, which only the gateway that deferred
            // it knows. Unknown (e.g. deferred before a restart): private, the harmless mistake.
            boolean ephemeral = deadlines.find(interaction.interactionId()).map(AnswerDeadlines.Tracked::ephemeral).orElse(true);
            return replies.followUp(interaction, message, ephemeral);
        }
        return replies.editOriginal(interaction, message);
    }

    private static CompletableFuture<Void> purge(GuildMessageChannel channel, int count) {
        if (count <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        return channel.getIterableHistory().takeAsync(count).thenCompose(messages ->
                CompletableFuture.allOf(channel.purgeMessages(messages).toArray(CompletableFuture[]::new)));
    }

    private static RenderedMessage render(Guild guild, Message message) {
        return MessageRenderer.render(message, name -> guild.getRolesByName(name, true).stream().findFirst().map(Role::getId));
    }

    /** A channel by id, or by name (any case, with or without '#') in the league guild. */
    static <T> T channel(Guild guild, ChannelRef ref, Class<T> type) {
        GuildChannel found;
        if (ref.hasId()) {
            found = guild.getGuildChannelById(ref.id());
        } else {
            String name = ref.name().startsWith("#") ? ref.name().substring(1) : ref.name();
            List<GuildChannel> named = guild.getChannels().stream()
                    .filter(c -> c.getName().equalsIgnoreCase(name))
                    .toList();
            found = named.stream().filter(type::isInstance).findFirst().orElse(named.isEmpty() ? null : named.get(0));
        }
        if (found == null) {
            throw new IllegalArgumentException("no channel " + ref + " in the league guild");
        }
        if (!type.isInstance(found)) {
            throw new IllegalArgumentException("channel " + ref + " is a " + found.getType() + " channel, not a "
                    + type.getSimpleName());
        }
        return type.cast(found);
    }

    private void reportFailure(Envelope envelope, DiscordAction action, Throwable failure) {
        String context = String.format("%s (league %s, event %s, interaction %s)", describe(action),
                envelope.leagueId(), envelope.eventId(), envelope.correlationId());
        if (action instanceof SendDirectMessage dm && isClosedDms(failure)) {
            LOG.warnf("Could not send a direct message to user %s, their DMs are closed: %s", dm.userId(), context);
            tellMember(envelope, Texts.dmClosed(dm.userId()));
            return;
        }
        LOG.errorf("Discord action failed: %s: %s", context, failure.toString());
        if (action instanceof ReplyToInteraction reply) {
            // The answer itself could not be shown; a short note at least ends the member's wait.
            replies.tellMember(reply.interaction(), Texts.ANSWER_FAILED);
        } else {
            tellMember(envelope, Texts.actionFailed(describe(action)));
        }
    }

    /** Tells the member whose command led to this action, if it was one this gateway deferred. */
    private void tellMember(Envelope envelope, String text) {
        deadlines.find(envelope.correlationId()).ifPresent(t -> replies.tellMember(t.interaction(), text));
    }

    private static boolean isClosedDms(Throwable failure) {
        return failure instanceof ErrorResponseException e && e.getErrorResponse() == ErrorResponse.CANNOT_SEND_TO_USER;
    }

    static String describe(DiscordAction action) {
        if (action instanceof ReplyToInteraction r) {
            return (r.followup() ? "A follow-up to interaction " : "The answer to interaction ") + r.interaction().interactionId();
        }
        if (action instanceof PostToChannel p) {
            return "Posting in " + p.channel();
        }
        if (action instanceof PurgeChannel p) {
            return "Purging " + p.count() + " messages in " + p.channel();
        }
        if (action instanceof SetChannelVisibility v) {
            return (v.visibleToEveryone() ? "Showing " : "Hiding ") + v.channel();
        }
        if (action instanceof SendDirectMessage d) {
            return "A direct message to user " + d.userId();
        }
        if (action instanceof SetVoiceStatus s) {
            return "Setting the voice status of " + s.channel();
        }
        if (action instanceof DeleteChannel d) {
            return "Deleting " + d.channel();
        }
        return action.getClass().getSimpleName();
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}

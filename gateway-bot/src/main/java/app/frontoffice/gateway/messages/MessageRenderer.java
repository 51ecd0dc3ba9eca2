package app.frontoffice.gateway.messages;

import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.EmbedField;
import app.frontoffice.events.discord.Message;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Turns the contract's Discord-agnostic {@link Message} into what Discord accepts. Services do not
 * know Discord's limits or role ids, so this is where over-long text is shortened (Discord would
 * refuse the whole message) and role names become {@code <@&id>} mentions that ping exactly those roles.
 */
public final class MessageRenderer {

    private static final Logger LOG = Logger.getLogger(MessageRenderer.class);

    static final int MAX_CONTENT = 2000;
    static final int MAX_EMBEDS = 10;
    static final int MAX_TITLE = 256;
    static final int MAX_DESCRIPTION = 4096;
    static final int MAX_FIELDS = 25;
    static final int MAX_FIELD_NAME = 256;
    static final int MAX_FIELD_VALUE = 1024;
    static final int MAX_FOOTER = 2048;
    /** Discord refuses empty field names and values; a zero-width space shows as nothing. */
    static final String BLANK = "\u200B";

    private MessageRenderer() {
    }

    /**
     * @param roleIdByName the league guild's role with this name (any case), if there is one
     */
    public static RenderedMessage render(Message message, Function<String, Optional<String>> roleIdByName) {
        Set<String> mentioned = new LinkedHashSet<>();
        for (String name : message.mentionRoleNames()) {
            Optional<String> id = roleIdByName.apply(name);
            if (id.isEmpty()) {
                LOG.warnf("No role named '%s' in the league guild; the message goes out without that ping", name);
            } else {
                mentioned.add(id.get());
            }
        }
        Set<String> roles = new LinkedHashSet<>(message.allowedMentions().roleIds());
        roles.addAll(mentioned);
        StringBuilder prefix = new StringBuilder();
        mentioned.forEach(id -> prefix.append("<@&").append(id).append("> "));
        String content = message.content() == null ? "" : message.content();
        String full = prefix.isEmpty() ? content : (prefix + content).strip();
        List<Embed> embeds = message.embeds().stream().limit(MAX_EMBEDS).map(MessageRenderer::fit).toList();
        return new RenderedMessage(clip(full, MAX_CONTENT), embeds, message.allowedMentions().userIds(), List.copyOf(roles));
    }

    static Embed fit(Embed embed) {
        List<EmbedField> fields = new ArrayList<>();
        for (EmbedField f : embed.fields().stream().limit(MAX_FIELDS).toList()) {
            fields.add(new EmbedField(orBlank(clip(f.name(), MAX_FIELD_NAME)), orBlank(clip(f.value(), MAX_FIELD_VALUE)), f.inline()));
        }
        return new Embed(clip(embed.title(), MAX_TITLE), clip(embed.description(), MAX_DESCRIPTION), embed.colour(),
                fields, embed.thumbnailUrl(), embed.imageUrl(), clip(embed.footer(), MAX_FOOTER), embed.url());
    }

    public static String clip(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "…";
    }

    private static String orBlank(String text) {
        return text == null || text.isBlank() ? BLANK : text;
    }
}

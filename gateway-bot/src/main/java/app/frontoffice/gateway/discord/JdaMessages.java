package app.frontoffice.gateway.discord;

import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.EmbedField;
import app.frontoffice.gateway.messages.RenderedMessage;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message.MentionType;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditData;

import java.util.EnumSet;
import java.util.List;

/**
 * A rendered message in JDA's types. Allowed mentions always start from "nothing" and add the
 * listed users and roles, so no message of ours can ping @everyone or @here.
 */
public final class JdaMessages {

    private JdaMessages() {
    }

    public static MessageCreateData create(RenderedMessage message) {
        if (message.isEmpty()) {
            throw new IllegalArgumentException("the message has neither content nor embeds");
        }
        return new MessageCreateBuilder()
                .setContent(message.content())
                .setEmbeds(embeds(message.embeds()))
                .setAllowedMentions(EnumSet.noneOf(MentionType.class))
                .mentionUsers(message.pingUserIds())
                .mentionRoles(message.pingRoleIds())
                .build();
    }

    /** Replaces the whole message: a late answer must not keep the text of the timeout note. */
    public static MessageEditData edit(RenderedMessage message) {
        if (message.isEmpty()) {
            throw new IllegalArgumentException("the message has neither content nor embeds");
        }
        return new MessageEditBuilder()
                .setReplace(true)
                .setContent(message.content())
                .setEmbeds(embeds(message.embeds()))
                .setAllowedMentions(EnumSet.noneOf(MentionType.class))
                .mentionUsers(message.pingUserIds())
                .mentionRoles(message.pingRoleIds())
                .build();
    }

    static List<MessageEmbed> embeds(List<Embed> embeds) {
        return embeds.stream().map(JdaMessages::embed).toList();
    }

    static MessageEmbed embed(Embed embed) {
        EmbedBuilder builder = new EmbedBuilder()
                .setTitle(embed.title(), embed.url())
                .setDescription(embed.description())
                .setThumbnail(embed.thumbnailUrl())
                .setImage(embed.imageUrl())
                .setFooter(embed.footer());
        if (embed.colour() != null) {
            builder.setColor(embed.colour());
        }
        for (EmbedField field : embed.fields()) {
            builder.addField(field.name(), field.value(), field.inline());
        }
        return builder.build();
    }
}

package app.frontoffice.gateway.discord;

import app.frontoffice.events.discord.Embed;
import app.frontoffice.gateway.messages.RenderedMessage;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdaMessagesTest {

    private final RenderedMessage message = new RenderedMessage("<@&900> you're up", List.of(Embed.builder()
            .title("On the clock").url("https://sheet").description("Round 1").colour(0xA6CE39)
            .field("Team", "BCB", true).thumbnail("https://t").image("https://i").footer("Pick #3").build()),
            List.of("42"), List.of("900"));

    @Test
    void mentionsStartFromNothingAndAllowOnlyTheListedUsersAndRoles() {
        MessageCreateData data = JdaMessages.create(message);
        assertThat(data.getContent()).isEqualTo("<@&900> you're up");
        assertThat(data.getAllowedMentions()).isEmpty();
        assertThat(data.getMentionedRoles()).containsExactly("900");
        assertThat(data.getMentionedUsers()).containsExactly("42");
    }

    @Test
    void embedsKeepEveryPart() {
        MessageEmbed embed = JdaMessages.create(message).getEmbeds().get(0);
        assertThat(embed.getTitle()).isEqualTo("On the clock");
        assertThat(embed.getUrl()).isEqualTo("https://sheet");
        assertThat(embed.getDescription()).isEqualTo("Round 1");
        assertThat(embed.getColorRaw()).isEqualTo(0xA6CE39);
        assertThat(embed.getFields()).singleElement().satisfies(f -> {
            assertThat(f.getName()).isEqualTo("Team");
            assertThat(f.isInline()).isTrue();
        });
        assertThat(embed.getThumbnail().getUrl()).isEqualTo("https://t");
        assertThat(embed.getImage().getUrl()).isEqualTo("https://i");
        assertThat(embed.getFooter().getText()).isEqualTo("Pick #3");
    }

    @Test
    void anEditReplacesTheWholeMessageSoNoOldTextSurvives() {
        MessageEditData edit = JdaMessages.edit(new RenderedMessage("", message.embeds(), List.of(), List.of()));
        assertThat(edit.toData().getString("content")).isEmpty();
        assertThat(edit.toData().getArray("embeds").length()).isEqualTo(1);
    }

    @Test
    void anEmptyMessageIsRefusedBeforeItReachesDiscord() {
        assertThatThrownBy(() -> JdaMessages.create(new RenderedMessage("", List.of(), List.of(), List.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

package app.frontoffice.gateway.messages;

import app.frontoffice.events.discord.AllowedMentions;
import app.frontoffice.events.discord.Embed;
import app.frontoffice.events.discord.Message;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class MessageRendererTest {

    private static final Map<String, String> ROLES = Map.of("bay city buccaneers", "900", "league admin", "901");
    private static final Function<String, Optional<String>> LOOKUP = name -> Optional.ofNullable(ROLES.get(name.toLowerCase()));

    @Test
    void roleNamesBecomeMentionsInFrontThatPingExactlyThoseRoles() {
        Message message = new Message("you're up!", List.of(), AllowedMentions.users("42")).mentioningRoles("Bay City Buccaneers");

        RenderedMessage rendered = MessageRenderer.render(message, LOOKUP);

        assertThat(rendered.content()).isEqualTo("<@&900> you're up!");
        assertThat(rendered.pingRoleIds()).containsExactly("900");
        assertThat(rendered.pingUserIds()).containsExactly("42");
    }

    @Test
    void unknownRoleNamesAreLeftOutAndDuplicatesMentionedOnce() {
        Message message = new Message(null, List.of(), new AllowedMentions(List.of(), List.of("900")))
                .mentioningRoles("Nobody", "Bay City Buccaneers", "BAY CITY BUCCANEERS");

        RenderedMessage rendered = MessageRenderer.render(message, LOOKUP);

        assertThat(rendered.content()).isEqualTo("<@&900>");
        assertThat(rendered.pingRoleIds()).containsExactly("900");
    }

    @Test
    void withoutRoleNamesTheContentIsUntouchedAndNobodyIsPinged() {
        RenderedMessage rendered = MessageRenderer.render(Message.text("Hello @everyone <@&901>"), LOOKUP);
        assertThat(rendered.content()).isEqualTo("Hello @everyone <@&901>");
        assertThat(rendered.pingRoleIds()).isEmpty();
        assertThat(rendered.pingUserIds()).isEmpty();
    }

    @Test
    void everyPartIsShortenedToDiscordsLimits() {
        Embed.Builder big = Embed.builder().title("t".repeat(300)).description("d".repeat(5000)).footer("f".repeat(3000));
        for (int i = 0; i < 30; i++) {
            big.field(i == 0 ? "" : "n".repeat(300), i == 0 ? null : "v".repeat(2000), true);
        }
        List<Embed> embeds = java.util.Collections.nCopies(12, big.build());
        RenderedMessage rendered = MessageRenderer.render(new Message("c".repeat(2500), embeds, AllowedMentions.NONE), LOOKUP);

        assertThat(rendered.content()).hasSize(2000).endsWith("…");
        assertThat(rendered.embeds()).hasSize(10);
        Embed embed = rendered.embeds().get(0);
        assertThat(embed.title()).hasSize(256);
        assertThat(embed.description()).hasSize(4096);
        assertThat(embed.footer()).hasSize(2048);
        assertThat(embed.fields()).hasSize(25);
        assertThat(embed.fields().get(0).name()).isEqualTo(MessageRenderer.BLANK);
        assertThat(embed.fields().get(0).value()).isEqualTo(MessageRenderer.BLANK);
        assertThat(embed.fields().get(1).name()).hasSize(256);
        assertThat(embed.fields().get(1).value()).hasSize(1024);
    }

    @Test
    void embedsKeepColourImagesAndUrl() {
        Embed embed = Embed.builder().title("Pick").colour(0xA6CE39).thumbnail("https://t").image("https://i").url("https://u").build();
        Embed rendered = MessageRenderer.render(Message.of(embed), LOOKUP).embeds().get(0);
        assertThat(rendered).isEqualTo(embed);
    }
}

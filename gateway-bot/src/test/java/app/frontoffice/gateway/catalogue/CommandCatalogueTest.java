package app.frontoffice.gateway.catalogue;

import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.OptionType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.frontoffice.gateway.catalogue.CommandSpec.command;
import static app.frontoffice.gateway.catalogue.OptionSpec.optional;
import static app.frontoffice.gateway.catalogue.OptionSpec.required;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandCatalogueTest {

    private final CommandCatalogue catalogue = CommandCatalogue.standard();

    @Test
    void theDraftCommandsAreNamedAsTheReferenceNamesThem() {
        assertThat(catalogue.commands()).extracting(CommandSpec::name).containsExactly("draft", "draft-status",
                "draft-on-clock", "draft-board", "draft-list", "draft-list-add", "draft-list-remove", "draft-list-clear",
                "draft-admin");
        CommandSpec admin = catalogue.commands().get(8);
        assertThat(admin.subcommands()).extracting(SubcommandSpec::name).containsExactly("info", "timer", "set-pick",
                "channels", "reset-deadline", "pause", "resume", "resync-sheet", "clear-pick");
        assertThat(admin.adminOnly()).isTrue();
        assertThat(catalogue.commands()).allSatisfy(c -> assertThat(c.topic()).isEqualTo(Topics.DRAFT_COMMANDS));
        assertThat(catalogue.commands()).filteredOn(CommandSpec::adminOnly).extracting(CommandSpec::name).containsExactly("draft-admin");
    }

    @Test
    void picksAndViewsAnswerInPublicWhileListsAndAdminAnswerPrivately() {
        for (String path : List.of("draft", "draft-status", "draft-on-clock", "draft-board")) {
            assertThat(catalogue.route(path)).get().extracting(CommandRoute::ephemeral).isEqualTo(false);
        }
        for (String path : List.of("draft-list", "draft-list-add", "draft-list-remove", "draft-list-clear", "draft-admin timer", "draft-admin info")) {
            assertThat(catalogue.route(path)).get().extracting(CommandRoute::ephemeral).isEqualTo(true);
        }
    }

    @Test
    void routesOnlyPathsItDefines() {
        assertThat(catalogue.route("draft-admin set-pick")).contains(new CommandRoute("draft-admin set-pick", Topics.DRAFT_COMMANDS, true));
        assertThat(catalogue.route("draft-admin")).isEmpty();
        assertThat(catalogue.route("draft-admin wipe")).isEmpty();
        assertThat(catalogue.route("draft player")).isEmpty();
        assertThat(catalogue.route("ping")).isEmpty();
        assertThat(catalogue.route(null)).isEmpty();
    }

    @Test
    void autocompleteSourcesPerOption() {
        assertThat(catalogue.autocomplete("draft", "player")).isEqualTo(AutocompleteSource.FREE_AGENTS);
        assertThat(catalogue.autocomplete("draft-list-add", "player")).isEqualTo(AutocompleteSource.FREE_AGENTS);
        assertThat(catalogue.autocomplete("draft-list-remove", "player")).isEqualTo(AutocompleteSource.ALL_PLAYERS);
        assertThat(catalogue.autocomplete("draft-list-add", "rank")).isEqualTo(AutocompleteSource.NONE);
        assertThat(catalogue.autocomplete("nope", "player")).isEqualTo(AutocompleteSource.NONE);
    }

    @Test
    void optionRangesFollowTheReference() {
        SubcommandSpec timer = catalogue.commands().get(8).subcommands().get(1);
        assertThat(timer.options()).extracting(OptionSpec::name, OptionSpec::type, OptionSpec::required, OptionSpec::min, OptionSpec::max)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("enabled", OptionType.BOOLEAN, true, null, null),
                        org.assertj.core.groups.Tuple.tuple("minutes", OptionType.INTEGER, false, 1L, 60L),
                        org.assertj.core.groups.Tuple.tuple("seconds", OptionType.INTEGER, false, 0L, 59L));
        OptionSpec round = catalogue.commands().get(3).options().get(0);
        assertThat(round.min()).isEqualTo(1L);
        assertThat(round.max()).isEqualTo(32L);
    }

    @Test
    void refusesWhatDiscordWouldRefuse() {
        assertThatThrownBy(() -> new CommandCatalogue(List.of(command("Draft", "x", "t"))))
                .hasMessageContaining("not a valid Discord command name");
        assertThatThrownBy(() -> new CommandCatalogue(List.of(command("a", "x", "t"), command("a", "y", "t"))))
                .hasMessageContaining("defined twice");
        assertThatThrownBy(() -> new CommandCatalogue(List.of(command("a", "x", "t")
                .options(optional("b", "b", OptionType.STRING), required("c", "c", OptionType.STRING)))))
                .hasMessageContaining("follows an optional one");
        assertThatThrownBy(() -> new CommandCatalogue(List.of(command("a", "", "t"))))
                .hasMessageContaining("description");
        assertThatThrownBy(() -> required("p", "p", OptionType.STRING).choice("x", "x").autocomplete(AutocompleteSource.ALL_PLAYERS))
                .hasMessageContaining("both choices and autocomplete");
        assertThatThrownBy(() -> required("p", "p", OptionType.STRING).range(1, 2))
                .hasMessageContaining("numeric");
    }
}

package app.frontoffice.gateway.intake;

import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.OptionType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OptionConversionTest {

    @Test
    void scalarsBecomeTheirJavaTypes() {
        assertThat(OptionConversion.convert("minutes", "INTEGER", "42")).contains(CommandOption.integer("minutes", 42));
        assertThat(OptionConversion.convert("enabled", "BOOLEAN", "true")).contains(CommandOption.bool("enabled", true));
        assertThat(OptionConversion.convert("salary", "NUMBER", "1.5")).contains(new CommandOption("salary", OptionType.NUMBER, 1.5));
        assertThat(OptionConversion.convert("player", "STRING", "José Ramírez")).contains(CommandOption.string("player", "José Ramírez"));
    }

    @Test
    void mentionablesTravelAsTheirIds() {
        assertThat(OptionConversion.convert("where", "CHANNEL", "810000000000000021"))
                .contains(CommandOption.channel("where", "810000000000000021"));
        assertThat(OptionConversion.convert("manager", "USER", "810000000000000031"))
                .contains(new CommandOption("manager", OptionType.USER, "810000000000000031"));
        assertThat(OptionConversion.convert("team", "ROLE", "810000000000000012").orElseThrow().value()).isEqualTo("810000000000000012");
    }

    @Test
    void unknownTypesAreLeftOut() {
        assertThat(OptionConversion.convert("x", "UNKNOWN", "1")).isEmpty();
        assertThat(OptionConversion.convert("x", "SUB_COMMAND", null)).isEmpty();
    }
}

package app.frontoffice.gateway.discord;

import app.frontoffice.gateway.catalogue.AutocompleteSource;
import app.frontoffice.gateway.catalogue.CommandSpec;
import app.frontoffice.gateway.catalogue.OptionSpec;
import app.frontoffice.gateway.catalogue.SubcommandSpec;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

import java.util.List;

/** The catalogue in JDA's terms, for the guild command registration. */
public final class JdaCommandData {

    private JdaCommandData() {
    }

    public static List<SlashCommandData> of(List<CommandSpec> specs) {
        return specs.stream().map(JdaCommandData::of).toList();
    }

    public static SlashCommandData of(CommandSpec spec) {
        SlashCommandData data = Commands.slash(spec.name(), spec.description())
                .setContexts(InteractionContextType.GUILD);
        if (spec.adminOnly()) {
            data.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.ADMINISTRATOR));
        }
        spec.options().forEach(o -> data.addOptions(option(o)));
        for (SubcommandSpec sub : spec.subcommands()) {
            SubcommandData subData = new SubcommandData(sub.name(), sub.description());
            sub.options().forEach(o -> subData.addOptions(option(o)));
            data.addSubcommands(subData);
        }
        return data;
    }

    static OptionData option(OptionSpec spec) {
        OptionData data = new OptionData(OptionType.valueOf(spec.type().name()), spec.name(), spec.description(),
                spec.required(), spec.autocomplete() != AutocompleteSource.NONE);
        if (spec.min() != null) {
            data.setMinValue(spec.min());
        }
        if (spec.max() != null) {
            data.setMaxValue(spec.max());
        }
        for (OptionSpec.Choice choice : spec.choices()) {
            if (choice.value() instanceof Number n) {
                data.addChoice(choice.name(), n.longValue());
            } else {
                data.addChoice(choice.name(), String.valueOf(choice.value()));
            }
        }
        if (spec.type() == app.frontoffice.events.discord.OptionType.CHANNEL) {
            data.setChannelTypes(ChannelType.TEXT);
        }
        return data;
    }
}

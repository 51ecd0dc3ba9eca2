package app.frontoffice.gateway.catalogue;

import app.frontoffice.events.discord.OptionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One option of a command as Discord shows it. CHANNEL options offer text channels only: every
 * channel option of the league's commands names a channel to post in.
 *
 * @param min inclusive lower bound for INTEGER options, or null
 * @param max inclusive upper bound for INTEGER options, or null
 */
public record OptionSpec(String name, String description, OptionType type, boolean required,
                         List<Choice> choices, Long min, Long max, AutocompleteSource autocomplete) {

    /** A fixed value offered in the client's picker; {@code value} is a String or a Long. */
    public record Choice(String name, Object value) {
    }

    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(type, "type");
        choices = choices == null ? List.of() : List.copyOf(choices);
        autocomplete = autocomplete == null ? AutocompleteSource.NONE : autocomplete;
        if (autocomplete != AutocompleteSource.NONE && !choices.isEmpty()) {
            // Discord refuses a command whose option has both.
            throw new IllegalArgumentException("option " + name + " cannot have both choices and autocomplete");
        }
        if ((min != null || max != null) && type != OptionType.INTEGER && type != OptionType.NUMBER) {
            throw new IllegalArgumentException("option " + name + ": a range needs a numeric option");
        }
    }

    public static OptionSpec required(String name, String description, OptionType type) {
        return new OptionSpec(name, description, type, true, List.of(), null, null, AutocompleteSource.NONE);
    }

    public static OptionSpec optional(String name, String description, OptionType type) {
        return new OptionSpec(name, description, type, false, List.of(), null, null, AutocompleteSource.NONE);
    }

    public OptionSpec range(long min, long max) {
        return new OptionSpec(name, description, type, required, choices, min, max, autocomplete);
    }

    public OptionSpec min(long min) {
        return new OptionSpec(name, description, type, required, choices, min, max, autocomplete);
    }

    public OptionSpec autocomplete(AutocompleteSource source) {
        return new OptionSpec(name, description, type, required, choices, min, max, source);
    }

    public OptionSpec choice(String label, Object value) {
        List<Choice> more = new ArrayList<>(choices);
        more.add(new Choice(label, value));
        return new OptionSpec(name, description, type, required, more, min, max, autocomplete);
    }
}

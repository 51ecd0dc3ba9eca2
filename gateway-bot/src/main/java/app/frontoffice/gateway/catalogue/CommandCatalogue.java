package app.frontoffice.gateway.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every slash command the bot registers, in one place: the gateway registers exactly these, routes
 * each invocation to the owning topic, defers it as the catalogue says and answers autocomplete for
 * the options marked so. The checks in the constructor are Discord's own rules, so a bad entry fails
 * a unit test instead of the registration call at start-up.
 */
public final class CommandCatalogue {

    private static final Pattern NAME = Pattern.compile("[-_a-z0-9]{1,32}");
    private static final int MAX_DESCRIPTION = 100;
    private static final int MAX_OPTIONS = 25;

    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();

    public CommandCatalogue(List<CommandSpec> specs) {
        for (CommandSpec spec : specs) {
            validate(spec);
            if (commands.putIfAbsent(spec.name(), spec) != null) {
                throw new IllegalArgumentException("/" + spec.name() + " is defined twice");
            }
        }
        if (commands.size() > 100) {
            throw new IllegalArgumentException("Discord allows at most 100 guild commands");
        }
    }

    /** The league's commands. Transaction and scorebug commands are added here next to the draft's. */
    public static CommandCatalogue standard() {
        List<CommandSpec> all = new ArrayList<>(DraftCommands.all());
        return new CommandCatalogue(all);
    }

    public List<CommandSpec> commands() {
        return List.copyOf(commands.values());
    }

    /**
     * The route of a full command path as Discord reports it ({@code draft-admin timer}); empty for
     * a path this catalogue does not define (e.g. a command left over from an older registration).
     */
    public Optional<CommandRoute> route(String path) {
        if (leafOptions(path).isEmpty()) {
            return Optional.empty();
        }
        CommandSpec spec = commands.get(firstWord(path));
        return Optional.of(new CommandRoute(path, spec.topic(), spec.ephemeral()));
    }

    /** Where the suggestions for {@code option} of {@code path} come from. */
    public AutocompleteSource autocomplete(String path, String option) {
        return leafOptions(path).flatMap(options -> options.stream().filter(o -> o.name().equals(option)).findFirst())
                .map(OptionSpec::autocomplete)
                .orElse(AutocompleteSource.NONE);
    }

    private Optional<List<OptionSpec>> leafOptions(String path) {
        if (path == null) {
            return Optional.empty();
        }
        String[] words = path.trim().split("\\s+");
        CommandSpec spec = commands.get(words[0]);
        if (spec == null) {
            return Optional.empty();
        }
        if (spec.subcommands().isEmpty()) {
            return words.length == 1 ? Optional.of(spec.options()) : Optional.empty();
        }
        if (words.length != 2) {
            return Optional.empty();
        }
        return spec.subcommands().stream().filter(s -> s.name().equals(words[1])).findFirst().map(SubcommandSpec::options);
    }

    private static String firstWord(String path) {
        return path.trim().split("\\s+")[0];
    }

    private static void validate(CommandSpec spec) {
        String where = "/" + spec.name();
        checkName(spec.name(), where);
        checkDescription(spec.description(), where);
        checkOptions(spec.options(), where);
        if (spec.subcommands().size() > MAX_OPTIONS) {
            throw new IllegalArgumentException(where + " has more than 25 subcommands");
        }
        for (SubcommandSpec sub : spec.subcommands()) {
            String subWhere = where + " " + sub.name();
            checkName(sub.name(), subWhere);
            checkDescription(sub.description(), subWhere);
            checkOptions(sub.options(), subWhere);
        }
    }

    private static void checkOptions(List<OptionSpec> options, String where) {
        if (options.size() > MAX_OPTIONS) {
            throw new IllegalArgumentException(where + " has more than 25 options");
        }
        boolean seenOptional = false;
        List<String> names = new ArrayList<>();
        for (OptionSpec option : options) {
            checkName(option.name(), where + " " + option.name());
            checkDescription(option.description(), where + " " + option.name());
            if (names.contains(option.name())) {
                throw new IllegalArgumentException(where + " has two options named " + option.name());
            }
            names.add(option.name());
            // Discord refuses a required option after an optional one.
            if (option.required() && seenOptional) {
                throw new IllegalArgumentException(where + ": required option " + option.name() + " follows an optional one");
            }
            seenOptional |= !option.required();
        }
    }

    private static void checkName(String name, String where) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(where + ": '" + name + "' is not a valid Discord command name");
        }
    }

    private static void checkDescription(String description, String where) {
        if (description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException(where + ": a description must have 1 to 100 characters");
        }
    }
}

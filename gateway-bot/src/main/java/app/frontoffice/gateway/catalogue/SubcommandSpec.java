package app.frontoffice.gateway.catalogue;

import java.util.List;
import java.util.Objects;

/** A subcommand, e.g. {@code timer} of {@code /draft-admin}. */
public record SubcommandSpec(String name, String description, List<OptionSpec> options) {

    public SubcommandSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static SubcommandSpec of(String name, String description, OptionSpec... options) {
        return new SubcommandSpec(name, description, List.of(options));
    }
}

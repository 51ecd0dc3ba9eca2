package app.frontoffice.gateway.intake;

import app.frontoffice.events.discord.CommandOption;
import app.frontoffice.events.discord.OptionType;

import java.util.Optional;

/**
 * Turns an option as Discord delivers it (its type's name and the raw value as text) into the typed
 * {@link CommandOption} of the contract. USER, CHANNEL, ROLE, MENTIONABLE and ATTACHMENT carry the
 * snowflake id: the owning service decides what to do with it, the gateway resolves nothing.
 */
public final class OptionConversion {

    private OptionConversion() {
    }

    /**
     * @param typeName the Discord option type's name (JDA's {@code OptionType.name()}, e.g. "INTEGER")
     * @return empty for a type the contract has no place for (e.g. JDA's UNKNOWN)
     */
    public static Optional<CommandOption> convert(String name, String typeName, String raw) {
        OptionType type;
        try {
            type = OptionType.valueOf(typeName);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
        if (raw == null) {
            return Optional.of(new CommandOption(name, type, null));
        }
        Object value = switch (type) {
            case INTEGER -> Long.parseLong(raw.trim());
            case NUMBER -> Double.parseDouble(raw.trim());
            case BOOLEAN -> Boolean.parseBoolean(raw.trim());
            default -> raw;
        };
        return Optional.of(new CommandOption(name, type, value));
    }
}

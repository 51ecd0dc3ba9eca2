package app.frontoffice.events.discord;

import java.util.Objects;

/**
 * One option a member filled in. {@code value} is a JSON scalar: a string for STRING and for
 * USER/CHANNEL/ROLE/MENTIONABLE (the snowflake id), a whole number for INTEGER, a number for NUMBER,
 * a boolean for BOOLEAN.
 */
public record CommandOption(String name, OptionType type, Object value) {

    public CommandOption {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        value = normalise(type, value);
    }

    /** One Java type per option type, so that equal options are equal whatever JSON number width carried them. */
    private static Object normalise(OptionType type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case INTEGER -> value instanceof Number n ? (Object) n.longValue() : Long.parseLong(value.toString());
            case NUMBER -> value instanceof Number n ? (Object) n.doubleValue() : Double.parseDouble(value.toString());
            case BOOLEAN -> value instanceof Boolean b ? b : Boolean.parseBoolean(value.toString());
            default -> value.toString();
        };
    }

    public static CommandOption string(String name, String value) {
        return new CommandOption(name, OptionType.STRING, value);
    }

    public static CommandOption integer(String name, long value) {
        return new CommandOption(name, OptionType.INTEGER, value);
    }

    public static CommandOption bool(String name, boolean value) {
        return new CommandOption(name, OptionType.BOOLEAN, value);
    }

    public static CommandOption channel(String name, String channelId) {
        return new CommandOption(name, OptionType.CHANNEL, channelId);
    }

    public String asString() {
        return value == null ? null : String.valueOf(value);
    }

    public Long asLong() {
        if (value instanceof Number n) {
            return n.longValue();
        }
        return value == null ? null : Long.parseLong(String.valueOf(value));
    }

    public Double asDouble() {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        return value == null ? null : Double.parseDouble(String.valueOf(value));
    }

    public Boolean asBoolean() {
        if (value instanceof Boolean b) {
            return b;
        }
        return value == null ? null : Boolean.parseBoolean(String.valueOf(value));
    }
}

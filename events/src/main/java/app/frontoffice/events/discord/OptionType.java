package app.frontoffice.events.discord;

/** Slash-command option types, as Discord names them. */
public enum OptionType {
    STRING, INTEGER, BOOLEAN, USER, CHANNEL, ROLE, MENTIONABLE, NUMBER, ATTACHMENT
}

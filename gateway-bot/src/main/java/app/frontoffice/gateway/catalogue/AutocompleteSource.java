package app.frontoffice.gateway.catalogue;

/** Where an option's autocomplete suggestions come from; answered locally from the league read model. */
public enum AutocompleteSource {
    /** Not autocompleted. */
    NONE,
    /** Players on the free-agent roster: what can still be drafted. */
    FREE_AGENTS,
    /** Every player of the league, e.g. to remove an entry that was drafted meanwhile. */
    ALL_PLAYERS
}

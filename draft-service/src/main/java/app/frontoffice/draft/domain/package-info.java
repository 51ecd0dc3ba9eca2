/**
 * The draft's rules as plain Java: pick order, the cap rule, who may pick what, advancing, the
 * auto-draft choice, the clock's instants and every Discord text the draft sends.
 *
 * <p>Nothing here touches Quarkus, Kafka or the database. The service loads what a decision needs
 * (the pick table, the team, the roster's sWAR values, the draft list) into the value records of
 * this package, asks the domain, and turns the answer into one database transaction plus the
 * {@link app.frontoffice.events.discord.Message}s it owes. Keeping the rules here means they can be
 * tested exhaustively without infrastructure, and a manual pick and an auto-draft can never apply
 * different rules (the reference bot's auto-draft ignored a team's own cap for that reason).
 */
package app.frontoffice.draft.domain;

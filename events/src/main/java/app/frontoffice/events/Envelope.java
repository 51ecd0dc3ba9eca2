package app.frontoffice.events;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The JSON value of every record on every topic. {@code payload} stays a JSON tree here so that a
 * consumer can route on {@code type} before it commits to a payload class; {@link EventCodec#payload}
 * turns it into the typed record.
 *
 * @param eventId       unique per event; consumers dedupe on it
 * @param type          what the payload is, e.g. {@code discord.slash-command}
 * @param version       payload schema version of that type
 * @param occurredAt    when the producer decided it
 * @param leagueId      the Discord guild id of the league
 * @param correlationId the interaction id where there is one, so an answer can be traced to its question
 */
public record Envelope(
        UUID eventId,
        String type,
        int version,
        Instant occurredAt,
        String leagueId,
        String correlationId,
        JsonNode payload) {

    public Envelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}

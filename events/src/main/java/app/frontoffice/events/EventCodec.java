package app.frontoffice.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.time.Clock;
import java.util.UUID;

/**
 * Reads and writes envelopes and their payloads. Unknown fields are ignored so that an older
 * consumer keeps working when a producer adds a field; anything that cannot be read raises an
 * {@link EventParseException} naming the type.
 */
public final class EventCodec {

    private static final ObjectMapper MAPPER = newMapper();

    private EventCodec() {
    }

    /** The mapper configured for our contracts, for code that needs to read or write other JSON the same way. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    /** A new envelope for {@code payload}, stamped now with a fresh event id. */
    public static <T> Envelope envelope(EventType<T> type, String leagueId, String correlationId, T payload, Clock clock) {
        return new Envelope(UUID.randomUUID(), type.name(), type.version(), clock.instant(), leagueId, correlationId,
                MAPPER.valueToTree(payload));
    }

    public static String encode(Envelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write envelope of type " + envelope.type(), e);
        }
    }

    public static Envelope decode(String json) {
        if (json == null) {
            throw new EventParseException("envelope", "the record has no value", null);
        }
        try {
            Envelope envelope = MAPPER.readValue(json, Envelope.class);
            if (envelope == null) {
                throw new EventParseException("envelope", "the record is JSON null", null);
            }
            return envelope;
        } catch (JsonProcessingException | NullPointerException e) {
            throw new EventParseException("envelope", e.getMessage(), e);
        }
    }

    /** The typed payload; refuses an envelope of another type. */
    public static <T> T payload(Envelope envelope, EventType<T> type) {
        if (!type.matches(envelope)) {
            throw new EventParseException(type.name(), "the envelope is of type " + envelope.type(), null);
        }
        return read(envelope.payload(), type.name(), type.payloadClass());
    }

    /** Reads a JSON tree as {@code target}, naming {@code typeName} if it cannot. */
    public static <T> T read(JsonNode json, String typeName, Class<T> target) {
        if (json == null || json.isNull() || json.isMissingNode()) {
            throw new EventParseException(typeName, "the payload is missing", null);
        }
        try {
            return MAPPER.treeToValue(json, target);
        } catch (JsonProcessingException e) {
            throw new EventParseException(typeName, e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new EventParseException(typeName, e.getMessage(), e);
        }
    }

    /** Reads JSON text as {@code target}, naming {@code typeName} if it cannot. */
    public static <T> T read(String json, String typeName, Class<T> target) {
        try {
            return read(MAPPER.readTree(json), typeName, target);
        } catch (JsonProcessingException e) {
            throw new EventParseException(typeName, e.getOriginalMessage(), e);
        }
    }
}

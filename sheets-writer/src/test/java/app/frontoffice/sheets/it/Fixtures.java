package app.frontoffice.sheets.it;

import app.frontoffice.events.Envelope;
import app.frontoffice.events.EventCodec;
import app.frontoffice.events.EventTypes;
import app.frontoffice.events.Keys;
import app.frontoffice.events.Topics;
import app.frontoffice.events.discord.DiscordAction;
import app.frontoffice.events.discord.InteractionRef;
import app.frontoffice.events.draft.PickMade;
import app.frontoffice.events.draft.SheetResyncRequested;
import app.frontoffice.sim.sheets.RequestLog;
import app.frontoffice.sim.sheets.SheetsSimulatorClient;
import app.frontoffice.testkit.TestKafka;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static app.frontoffice.sheets.it.SheetsSimulatorResource.LEAGUE;

/** Test data and plumbing shared by the integration tests and the benchmark. */
public final class Fixtures {

    private Fixtures() {
    }

    public static SheetsSimulatorClient simulator() {
        return new SheetsSimulatorClient(System.getProperty(SheetsSimulatorResource.ROOT_URL_PROPERTY));
    }

    public static PickMade pick(int season, int overall, String name) {
        String owner = "T" + ((overall - 1) % 16 + 1);
        String original = overall % 7 == 0 ? "TR" + overall % 16 : owner; // every 7th pick traded
        return new PickMade(LEAGUE, season, overall, (overall - 1) / 16 + 1, original, owner, 10_000 + overall,
                name, Math.round(overall * 0.37 % 5 * 100) / 100.0, false, Instant.parse("2026-12-03T12:00:00Z"));
    }

    /** The four cells the sheet should show for a pick (FORMATTED_VALUE, Automatic number format). */
    public static List<String> cells(PickMade p) {
        double swar = p.swar();
        String formatted = swar == Math.rint(swar) ? String.valueOf((long) swar) : String.valueOf(swar);
        return List.of(p.originalOwner(), p.owner(), p.playerName(), formatted);
    }

    public static String pickJson(PickMade pick) {
        return EventCodec.encode(EventCodec.envelope(EventTypes.PICK_MADE, pick.leagueId(), null, pick,
                Clock.systemUTC()));
    }

    public static KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 5));
    }

    /** Publishes picks (null value = tombstone of that key) in order; returns the offset of each. */
    public static List<Long> publish(List<Map.Entry<String, String>> records) {
        try (KafkaProducer<String, String> producer = producer()) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Map.Entry<String, String> r : records) {
                sent.add(producer.send(new ProducerRecord<>(Topics.DRAFT_PICK_MADE, r.getKey(), r.getValue())));
            }
            producer.flush();
            List<Long> offsets = new ArrayList<>();
            for (Future<RecordMetadata> f : sent) {
                offsets.add(f.get(30, TimeUnit.SECONDS).offset());
            }
            return offsets;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map.Entry<String, String> record(PickMade pick) {
        return Map.entry(Keys.pick(pick.leagueId(), pick.season(), pick.overall()), pickJson(pick));
    }

    public static Map.Entry<String, String> tombstone(int season, int overall) {
        return new java.util.AbstractMap.SimpleEntry<>(Keys.pick(LEAGUE, season, overall), null);
    }

    public static void requestResync(int season, String interactionId) {
        InteractionRef ref = new InteractionRef("app-1", interactionId, "token-" + interactionId);
        TestKafka.send(Topics.DRAFT_SHEET_REQUESTS, Keys.league(LEAGUE), EventCodec.encode(EventCodec.envelope(
                EventTypes.SHEET_RESYNC_REQUESTED, LEAGUE, interactionId,
                new SheetResyncRequested(LEAGUE, season, ref), Clock.systemUTC())));
    }

    /** Every Discord action sheets-writer published so far, decoded. */
    public static List<Published> discordActions() {
        List<Published> out = new ArrayList<>();
        TestKafka.read(Topics.DISCORD_ACTIONS, r -> true).forEach(r -> {
            Envelope e = EventCodec.decode(r.value());
            if (EventTypes.DISCORD_ACTION.matches(e)) {
                out.add(new Published(r.key(), e, EventCodec.payload(e, EventTypes.DISCORD_ACTION)));
            }
        });
        return out;
    }

    public record Published(String key, Envelope envelope, DiscordAction action) {
        /** Everything readable in the message, for simple contains-checks. */
        public String text() {
            return EventCodec.encode(envelope);
        }
    }

    public static long callsTo(String sheetKey) {
        return requestsTo(sheetKey).size();
    }

    public static List<RequestLog.Entry> requestsTo(String sheetKey) {
        return simulator().requests().stream().filter(e -> sheetKey.equals(e.spreadsheetId())).toList();
    }
}

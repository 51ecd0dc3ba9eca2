package app.frontoffice.sim.discord;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small client for the simulator's control API ({@code /sim/...}), for tests in any module.
 * Every method mirrors one route from the README; non-2xx answers throw {@link SimulatorException}
 * carrying the status and the {@code error} text, so a test can assert on refusals.
 */
public final class DiscordSimulatorClient {

    public record Guild(String id, String name, List<Channel> channels, List<Role> roles, List<Member> members) {
        /** The member with this name (case-insensitive); throws if absent, as a test would want. */
        public Member member(String name) {
            return members.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no member " + name));
        }

        public Channel channel(String name) {
            return channels.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no channel " + name));
        }
    }

    public record Channel(String id, String name, String type, String parentId) {
    }

    public record Role(String id, String name, String permissions) {
    }

    public record Member(String userId, String name, List<String> roleIds, boolean admin) {
    }

    public record ChannelInfo(String id, String name, String type, String parentId, String voiceStatus,
                              boolean visibleToEveryone, List<Overwrite> permissionOverwrites) {
    }

    /** {@code type} is "role" or "member"; allow/deny are Discord's decimal permission strings. */
    public record Overwrite(String id, String type, String allow, String deny) {
    }

    public record InteractionState(boolean acknowledged, boolean deferred, boolean ephemeral, Long ackMillis,
                                   Message response, List<Message> followups) {
    }

    public record Message(String id, String authorId, String content, List<Embed> embeds, String createdAt,
                          AllowedMentions allowedMentions) {
    }

    /** footer/thumbnail/image are flattened to the footer text and the two urls. */
    public record Embed(String title, String description, Integer color, List<Field> fields, String footer,
                        String thumbnail, String image) {
    }

    public record Field(String name, String value, boolean inline) {
    }

    /** Which of the mentioned users/roles the message may really ping. */
    public record AllowedMentions(List<String> users, List<String> roles, boolean everyone) {
    }

    public record Choice(String name, Object value) {
    }

    public record GatewayStatus(boolean connected, int identifies, int resumes) {
    }

    public record VoiceChannel(String channelId, String name, List<VoiceMember> members) {
    }

    public record VoiceMember(String userId, String name) {
    }

    /** A non-2xx answer from the control API. */
    public static final class SimulatorException extends RuntimeException {
        private final int status;
        private final String error;

        SimulatorException(int status, String error) {
            super("HTTP " + status + ": " + error);
            this.status = status;
            this.error = error;
        }

        public int status() {
            return status;
        }

        public String error() {
            return error;
        }
    }

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** @param httpBaseUrl e.g. {@code http://127.0.0.1:8700} ({@link DiscordSimulator#httpBaseUrl()}) */
    public DiscordSimulatorClient(String httpBaseUrl) {
        this.baseUrl = httpBaseUrl.endsWith("/") ? httpBaseUrl.substring(0, httpBaseUrl.length() - 1) : httpBaseUrl;
    }

    public DiscordSimulatorClient(DiscordSimulator simulator) {
        this(simulator.httpBaseUrl());
    }

    public Guild guild() {
        return get("/sim/guild", new TypeReference<>() { });
    }

    /** The registered commands exactly as the bot sent them (plus ids). */
    public JsonNode commands() {
        return get("/sim/commands", new TypeReference<>() { });
    }

    /**
     * Runs a slash command as a member. {@code command} is the full path ("draft-admin timer"),
     * {@code options} maps option names to values (USER/CHANNEL/ROLE by id or name).
     * @return the interaction id
     */
    public String invoke(String user, String channel, String command, Map<String, ?> options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", user);
        body.put("channel", channel);
        body.put("command", command);
        body.put("options", options == null ? Map.of() : options);
        return post("/sim/interactions", body, JsonNode.class).path("interactionId").asText();
    }

    public InteractionState interaction(String interactionId) {
        return get("/sim/interactions/" + segment(interactionId), new TypeReference<>() { });
    }

    /** Types {@code value} into {@code option} and returns the bot's suggestions (waits up to 3 s). */
    public List<Choice> autocomplete(String user, String channel, String command, String option, String value) {
        return autocomplete(user, channel, command, option, value, Map.of());
    }

    public List<Choice> autocomplete(String user, String channel, String command, String option, String value, Map<String, ?> otherOptions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("userId", user);
        body.put("channel", channel);
        body.put("command", command);
        body.put("option", option);
        body.put("value", value);
        body.put("options", otherOptions);
        JsonNode answer = post("/sim/autocomplete", body, JsonNode.class);
        return mapper.convertValue(answer.path("choices"), new TypeReference<>() { });
    }

    /** Messages in a channel (by name or id), oldest first. */
    public List<Message> channelMessages(String channel) {
        return get("/sim/channels/" + segment(channel) + "/messages", new TypeReference<>() { });
    }

    public ChannelInfo channel(String channel) {
        return get("/sim/channels/" + segment(channel), new TypeReference<>() { });
    }

    /** The bot's DMs to a user (by id or name), oldest first. */
    public List<Message> dms(String user) {
        return get("/sim/users/" + segment(user) + "/dms", new TypeReference<>() { });
    }

    /** Marks a user as having closed DMs: the bot's next DM to them fails with 50007. */
    public void setDmsClosed(String user, boolean closed) {
        post("/sim/users/" + segment(user) + "/dms-closed", Map.of("closed", closed), JsonNode.class);
    }

    public VoiceChannel voiceJoin(String channel, String user) {
        return post("/sim/voice/" + segment(channel) + "/join", Map.of("userId", user), VoiceChannel.class);
    }

    public VoiceChannel voiceLeave(String channel, String user) {
        return post("/sim/voice/" + segment(channel) + "/leave", Map.of("userId", user), VoiceChannel.class);
    }

    public VoiceChannel voice(String channel) {
        return get("/sim/voice/" + segment(channel), new TypeReference<>() { });
    }

    public GatewayStatus gateway() {
        return get("/sim/gateway", new TypeReference<>() { });
    }

    /** Drops the bot's gateway socket (resumable close); JDA reconnects and resumes by itself. */
    public GatewayStatus disconnectGateway() {
        return post("/sim/gateway/disconnect", Map.of(), GatewayStatus.class);
    }

    private <T> T get(String path, TypeReference<T> type) {
        JsonNode body = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        return mapper.convertValue(body, type);
    }

    private <T> T post(String path, Object payload, Class<T> type) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(payload)));
            return mapper.convertValue(send(request), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode body = response.body().length == 0 ? mapper.nullNode() : mapper.readTree(response.body());
            if (response.statusCode() / 100 != 2) {
                throw new SimulatorException(response.statusCode(), body.path("error").asText(body.toString()));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

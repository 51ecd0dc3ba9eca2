package app.frontoffice.sim.discord;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The little HTTP toolkit the REST and control routers share: request parsing (segment-wise URL
 * decoding, JSON and multipart bodies), a path-pattern router, and JSON responses.
 */
final class Http {

    private Http() {
    }

    /** One parsed request. {@code segments} are already percent-decoded one by one. */
    record Request(String method, List<String> segments, Map<String, String> query, byte[] body, String contentType) {

        /**
         * The JSON body. JDA sends multipart/form-data when a message carries files; then the JSON
         * is the {@code payload_json} part and the files are ignored.
         */
        JsonNode json() {
            if (body.length == 0) {
                return MissingNode.getInstance();
            }
            byte[] jsonBytes = body;
            if (contentType != null && contentType.startsWith("multipart/form-data")) {
                jsonBytes = payloadJsonPart(body, contentType).orElse(new byte[0]);
                if (jsonBytes.length == 0) {
                    return MissingNode.getInstance();
                }
            }
            try {
                return JsonShapes.MAPPER.readTree(jsonBytes);
            } catch (IOException e) {
                throw new BadRequest("Body is not valid JSON: " + e.getMessage());
            }
        }

        String path() {
            return "/" + String.join("/", segments);
        }
    }

    record Response(int status, JsonNode body) {
        static Response ok(JsonNode body) {
            return new Response(200, body);
        }

        static Response noContent() {
            return new Response(204, null);
        }
    }

    /** A malformed request; answered with 400. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    @FunctionalInterface
    interface Handler {
        Response handle(Request request, Map<String, String> params);
    }

    /** Matches {@code METHOD a/{x}/b} patterns against decoded segments; first match wins. */
    static final class Router {
        private record Route(String method, String[] pattern, Handler handler) {
        }

        private final List<Route> routes = new ArrayList<>();

        Router add(String method, String pattern, Handler handler) {
            routes.add(new Route(method, pattern.split("/"), handler));
            return this;
        }

        Optional<Response> dispatch(Request request, int skipSegments) {
            List<String> segs = request.segments().subList(skipSegments, request.segments().size());
            for (Route route : routes) {
                if (!route.method().equals(request.method()) || route.pattern().length != segs.size()) {
                    continue;
                }
                Map<String, String> params = new HashMap<>();
                boolean match = true;
                for (int i = 0; i < segs.size() && match; i++) {
                    String p = route.pattern()[i];
                    if (p.startsWith("{") && p.endsWith("}")) {
                        params.put(p.substring(1, p.length() - 1), segs.get(i));
                    } else {
                        match = p.equals(segs.get(i));
                    }
                }
                if (match) {
                    return Optional.of(route.handler().handle(request, params));
                }
            }
            return Optional.empty();
        }
    }

    static Request read(HttpExchange exchange) throws IOException {
        String rawPath = exchange.getRequestURI().getRawPath();
        List<String> segments = new ArrayList<>();
        for (String s : rawPath.split("/")) {
            if (!s.isEmpty()) {
                // Decode per segment so "%40original" becomes "@original" and "%2F" cannot split a path.
                segments.add(URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        Map<String, String> query = new LinkedHashMap<>();
        String rawQuery = exchange.getRequestURI().getRawQuery();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                query.put(URLDecoder.decode(k, StandardCharsets.UTF_8), URLDecoder.decode(v, StandardCharsets.UTF_8));
            }
        }
        InputStream in = exchange.getRequestBody();
        if ("gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
            in = new GZIPInputStream(in);
        }
        byte[] body = in.readAllBytes();
        return new Request(exchange.getRequestMethod().toUpperCase(), segments, query, body,
                exchange.getRequestHeaders().getFirst("Content-Type"));
    }

    static void write(HttpExchange exchange, Response response) throws IOException {
        if (response.body() == null) {
            exchange.sendResponseHeaders(response.status(), -1);
            exchange.close();
            return;
        }
        byte[] bytes = JsonShapes.MAPPER.writeValueAsBytes(response.body());
        writeBytes(exchange, response.status(), "application/json", bytes);
    }

    static void writeBytes(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Optional<byte[]> payloadJsonPart(byte[] body, String contentType) {
        int b = contentType.indexOf("boundary=");
        if (b < 0) {
            return Optional.empty();
        }
        String boundary = contentType.substring(b + "boundary=".length()).replace("\"", "").split(";")[0].trim();
        // ISO-8859-1 maps bytes 1:1 to chars, so offsets found in the string are byte offsets.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        for (String part : text.split("--" + java.util.regex.Pattern.quote(boundary))) {
            int headerEnd = part.indexOf("\r\n\r\n");
            if (headerEnd < 0 || !part.substring(0, headerEnd).contains("name=\"payload_json\"")) {
                continue;
            }
            String content = part.substring(headerEnd + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            return Optional.of(content.getBytes(StandardCharsets.ISO_8859_1));
        }
        return Optional.empty();
    }
}

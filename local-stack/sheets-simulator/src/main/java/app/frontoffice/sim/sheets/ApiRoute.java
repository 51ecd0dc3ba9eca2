package app.frontoffice.sim.sheets;

import java.util.Set;

/**
 * Which Sheets operation a request is, parsed from the raw (still percent-encoded) path.
 *
 * <p>The Google client encodes only what it must: {@code /v4/spreadsheets/ID/values/'My%20Sheet'!A1:C10}
 * and {@code /values/Queue!A2:Z:clear}. So the path is split on its raw structure first, then the range is
 * decoded, and the verb is the text after the <em>last</em> colon, because ranges contain colons too.
 *
 * @param operation e.g. {@code values.update}; null if the path is not a known route
 * @param range     the decoded single range, or null
 */
record ApiRoute(String operation, String spreadsheetId, String range) {

    private static final String PREFIX = "/v4/spreadsheets/";
    private static final Set<String> WRITES = Set.of("values.update", "values.batchUpdate", "values.clear",
            "values.batchClear", "values.append", "spreadsheets.batchUpdate");

    static ApiRoute parse(String method, String rawPath) {
        if (!rawPath.startsWith(PREFIX)) {
            return new ApiRoute(null, null, null);
        }
        String rest = rawPath.substring(PREFIX.length());
        int idEnd = indexOfAny(rest, '/', ':');
        String id = HttpIo.decode(idEnd < 0 ? rest : rest.substring(0, idEnd), false);
        String tail = idEnd < 0 ? "" : rest.substring(idEnd);
        String op = switch (method + " " + tail) {
            case "GET " -> "spreadsheets.get";
            case "POST :batchUpdate" -> "spreadsheets.batchUpdate";
            case "GET /values:batchGet" -> "values.batchGet";
            case "POST /values:batchUpdate" -> "values.batchUpdate";
            case "POST /values:batchClear" -> "values.batchClear";
            default -> null;
        };
        if (op != null || !tail.startsWith("/values/")) {
            return new ApiRoute(op, id, null);
        }
        String rawRange = tail.substring("/values/".length());
        String verb = "";
        int colon = rawRange.lastIndexOf(':');
        if (colon >= 0 && Set.of("clear", "append").contains(rawRange.substring(colon + 1))) {
            verb = rawRange.substring(colon + 1);
            rawRange = rawRange.substring(0, colon);
        }
        String range = HttpIo.decode(rawRange, false);
        op = switch (method + " " + verb) {
            case "GET " -> "values.get";
            case "PUT " -> "values.update";
            case "POST clear" -> "values.clear";
            case "POST append" -> "values.append";
            default -> null;
        };
        return new ApiRoute(op, id, range);
    }

    boolean known() {
        return operation != null;
    }

    /** Counted against the write quota, like Google's "Write requests" metric. */
    boolean isWrite() {
        return WRITES.contains(operation);
    }

    private static int indexOfAny(String s, char a, char b) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == a || s.charAt(i) == b) {
                return i;
            }
        }
        return -1;
    }
}

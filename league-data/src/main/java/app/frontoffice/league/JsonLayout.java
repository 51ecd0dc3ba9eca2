package app.frontoffice.league;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Iterator;
import java.util.Map;

/**
 * Writes our committed JSON files so that they read and diff well: the top two levels are spread
 * over lines, anything deeper sits on one line. A league's players then take one line each, so
 * regenerating the demo shows a player's change as a one-line diff.
 */
final class JsonLayout {

    private static final int EXPANDED_DEPTH = 2;
    private static final String INDENT = "  ";

    private final ObjectMapper mapper;

    JsonLayout(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String render(JsonNode root) {
        StringBuilder out = new StringBuilder();
        write(root, 0, out);
        return out.append('\n').toString();
    }

    private void write(JsonNode node, int depth, StringBuilder out) {
        if (depth >= EXPANDED_DEPTH || !node.isContainerNode() || node.isEmpty()) {
            writeInline(node, out);
            return;
        }
        out.append(node.isObject() ? '{' : '[').append('\n');
        String indent = INDENT.repeat(depth + 1);
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(indent).append(scalar(mapper.getNodeFactory().textNode(field.getKey()))).append(": ");
                write(field.getValue(), depth + 1, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
        } else {
            for (int i = 0; i < node.size(); i++) {
                out.append(indent);
                write(node.get(i), depth + 1, out);
                out.append(i < node.size() - 1 ? ",\n" : "\n");
            }
        }
        out.append(INDENT.repeat(depth)).append(node.isObject() ? '}' : ']');
    }

    private void writeInline(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                out.append(scalar(mapper.getNodeFactory().textNode(field.getKey()))).append(": ");
                writeInline(field.getValue(), out);
                if (fields.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (int i = 0; i < node.size(); i++) {
                writeInline(node.get(i), out);
                if (i < node.size() - 1) {
                    out.append(", ");
                }
            }
            out.append(']');
        } else {
            out.append(scalar(node));
        }
    }

    /** Leaves escaping and number formatting to Jackson. */
    private String scalar(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + node.getNodeType(), e);
        }
    }
}

package app.frontoffice.sim.sheets;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads seed files for {@code SheetsSimulator.builder().load(path)} and {@code --load}:
 * <ul>
 *   <li>{@code *.json}: one {@link SpreadsheetSpec} object, or an array of them;</li>
 *   <li>{@code *.csv}: a spreadsheet with one tab; id and tab title are the file name without ".csv";</li>
 *   <li>a directory of {@code *.csv}: one spreadsheet (id = directory name), one tab per file in name order,
 *       e.g. {@code draft-13/Ordered List.csv}.</li>
 * </ul>
 */
final class SheetFiles {

    private SheetFiles() {
    }

    static List<SpreadsheetSpec> read(Path path) {
        try {
            if (Files.isDirectory(path)) {
                return List.of(new SpreadsheetSpec(path.getFileName().toString(), path.getFileName().toString(), csvTabs(path)));
            }
            String name = path.getFileName().toString();
            if (name.toLowerCase().endsWith(".csv")) {
                String base = baseName(name);
                return List.of(new SpreadsheetSpec(base, base, List.of(csvTab(path))));
            }
            JsonNode root = Json.MAPPER.readTree(path.toFile());
            TypeReference<List<SpreadsheetSpec>> listType = new TypeReference<>() { };
            return root.isArray() ? Json.MAPPER.convertValue(root, listType)
                    : List.of(Json.MAPPER.convertValue(root, SpreadsheetSpec.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load sheet seed " + path, e);
        }
    }

    private static List<SpreadsheetSpec.Tab> csvTabs(Path dir) throws IOException {
        List<SpreadsheetSpec.Tab> tabs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().toLowerCase().endsWith(".csv")).sorted().toList()) {
                tabs.add(csvTab(f));
            }
        }
        return tabs;
    }

    private static SpreadsheetSpec.Tab csvTab(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return new SpreadsheetSpec.Tab(baseName(file.getFileName().toString()), parseCsv(text));
    }

    /** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<Object>> parseCsv(String text) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static String baseName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

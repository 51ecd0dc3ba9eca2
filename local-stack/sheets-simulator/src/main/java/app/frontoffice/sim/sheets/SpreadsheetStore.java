package app.frontoffice.sim.sheets;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** All spreadsheets by id. Thread-safe; listing keeps creation order so the index page is stable. */
public final class SpreadsheetStore {

    private static final String ID_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private record Entry(long seq, Spreadsheet sheet) {
    }

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final AtomicLong seq = new AtomicLong();
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates (or replaces) a spreadsheet. Replacing lets tests and the launcher re-seed a fixed id
     * without deleting it first.
     *
     * @param id null to mint a 44-character id shaped like Google's
     */
    public Spreadsheet create(String id, String title, List<String> tabs) {
        String actualId = id == null || id.isBlank() ? newId() : id;
        Spreadsheet sheet = new Spreadsheet(checkId(actualId), titleOrDefault(title), tabs);
        byId.put(actualId, new Entry(seq.incrementAndGet(), sheet));
        return sheet;
    }

    /**
     * Creates a spreadsheet and fills its tabs from A1, entering values as USER_ENTERED. The contents are
     * written before the spreadsheet becomes visible, so no reader can see it half-filled.
     */
    public Spreadsheet create(SpreadsheetSpec spec, Instant now) {
        List<String> titles = spec.tabs().stream().map(SpreadsheetSpec.Tab::title).toList();
        String actualId = spec.id() == null || spec.id().isBlank() ? newId() : spec.id();
        Spreadsheet sheet = new Spreadsheet(checkId(actualId), titleOrDefault(spec.title()), titles);
        List<Spreadsheet.Write> writes = new ArrayList<>();
        for (SpreadsheetSpec.Tab tab : spec.tabs()) {
            List<List<Optional<Cell>>> rows = new ArrayList<>();
            for (List<Object> row : tab.rows()) {
                List<Optional<Cell>> line = new ArrayList<>();
                for (Object value : row) {
                    line.add(value == null ? Optional.empty() : ValueInput.USER_ENTERED.toCell(Json.MAPPER.valueToTree(value)));
                }
                rows.add(line);
            }
            writes.add(new Spreadsheet.Write(new A1Range(tab.title(), tab.title(), null), rows));
        }
        sheet.write(writes, now);
        byId.put(actualId, new Entry(seq.incrementAndGet(), sheet));
        return sheet;
    }

    public Optional<Spreadsheet> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(Entry::sheet);
    }

    public boolean delete(String id) {
        return byId.remove(id) != null;
    }

    public void deleteAll() {
        byId.clear();
    }

    public List<Spreadsheet> list() {
        List<Entry> entries = new ArrayList<>(byId.values());
        entries.sort((a, b) -> Long.compare(a.seq(), b.seq()));
        return entries.stream().map(Entry::sheet).toList();
    }

    /** Ids end up in URL paths, where '/' and ':' would be read as structure. */
    private static String checkId(String id) {
        if (id.contains("/") || id.contains(":") || id.contains("?") || id.contains("#")) {
            throw new IllegalArgumentException("spreadsheet id must not contain '/', ':', '?' or '#': " + id);
        }
        return id;
    }

    private static String titleOrDefault(String title) {
        return title == null || title.isBlank() ? "Untitled spreadsheet" : title;
    }

    private String newId() {
        StringBuilder sb = new StringBuilder(44);
        for (int i = 0; i < 44; i++) {
            sb.append(ID_ALPHABET.charAt(random.nextInt(ID_ALPHABET.length())));
        }
        return sb.toString();
    }
}

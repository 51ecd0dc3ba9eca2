package app.frontoffice.league.office.store;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.List;

/**
 * Stores a short list of codes (GM snowflakes, position codes) as comma-separated text. Neither kind
 * of value can hold a comma (the league file's validator guarantees it), and a plain column keeps
 * the schema validation and the SQL simple.
 */
@Converter
public class CommaList implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        return values == null ? "" : String.join(",", values);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : List.copyOf(Arrays.asList(column.split(",")));
    }
}

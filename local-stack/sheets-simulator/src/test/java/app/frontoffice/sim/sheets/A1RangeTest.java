package app.frontoffice.sim.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.frontoffice.sim.sheets.A1Range.Area;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class A1RangeTest {

    @Test
    @DisplayName("a pick block with a quoted tab name parses to 0-based inclusive bounds")
    void quotedTabAndBlock() {
        A1Range r = A1Range.parse("'Ordered List'!D2:G513");
        assertThat(r.sheetName()).isEqualTo("Ordered List");
        assertThat(r.area()).isEqualTo(new Area(1, 3, 512, 6));
    }

    @Test
    void escapedQuoteInsideTabName() {
        A1Range r = A1Range.parse("'Bob''s Tab'!A1");
        assertThat(r.sheetName()).isEqualTo("Bob's Tab");
        assertThat(r.area()).isEqualTo(new Area(0, 0, 0, 0));
    }

    @Test
    void wholeColumnsAndOpenEndedRows() {
        assertThat(A1Range.parse("Log!A:A").area()).isEqualTo(new Area(0, 0, Area.OPEN, 0));
        assertThat(A1Range.parse("Queue!A2:Z").area()).isEqualTo(new Area(1, 0, Area.OPEN, 25));
        assertThat(A1Range.parse("Queue!2:5").area()).isEqualTo(new Area(1, 0, 4, Area.OPEN));
    }

    @Test
    @DisplayName("text without '!' keeps both readings: a cell area on the first tab, or a tab name")
    void noTab() {
        A1Range cells = A1Range.parse("B2:C3");
        assertThat(cells.sheetName()).isNull();
        assertThat(cells.area()).isEqualTo(new Area(1, 1, 2, 2));

        A1Range bare = A1Range.parse("Queue");
        assertThat(bare.sheetName()).isEqualTo("Queue");
        assertThat(bare.area()).isNull();
        assertThat(bare.areaOrWhole()).isEqualTo(Area.whole());

        assertThat(A1Range.parse("'Ordered List'").sheetName()).isEqualTo("Ordered List");
    }

    @Test
    void reversedCornersAbsoluteMarkersAndLowerCase() {
        assertThat(A1Range.parse("S!c10:a1").area()).isEqualTo(new Area(0, 0, 9, 2));
        assertThat(A1Range.parse("S!$B$2:$C$3").area()).isEqualTo(new Area(1, 1, 2, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S!A0", "S!A1:B2:C3", "'Unclosed!A1", "!A1", "S!1A", "S!A:5", ""})
    void rejectsMalformed(String text) {
        assertThatThrownBy(() -> A1Range.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Unable to parse range: ");
    }

    @ParameterizedTest
    @CsvSource({"0,A", "25,Z", "26,AA", "701,ZZ", "702,AAA"})
    void columnLettersRoundTrip(int index, String letters) {
        assertThat(A1Range.columnName(index)).isEqualTo(letters);
        assertThat(A1Range.columnIndex(letters)).isEqualTo(index);
    }

    @Test
    @DisplayName("formatting quotes tab names the way Sheets echoes them back")
    void format() {
        assertThat(A1Range.format("Ordered List", new Area(4, 3, 4, 6))).isEqualTo("'Ordered List'!D5:G5");
        assertThat(A1Range.format("Queue", new Area(0, 0, 0, 0))).isEqualTo("Queue!A1");
        assertThat(A1Range.format("Bob's", new Area(0, 0, 1, 1))).isEqualTo("'Bob''s'!A1:B2");
        assertThat(A1Range.format("A1", new Area(0, 0, 0, 0))).isEqualTo("'A1'!A1");
    }

    @Test
    void boundingOpenEnds() {
        assertThat(A1Range.parse("Log!A:A").area().boundedBy(1000, 26)).isEqualTo(new Area(0, 0, 999, 0));
    }
}

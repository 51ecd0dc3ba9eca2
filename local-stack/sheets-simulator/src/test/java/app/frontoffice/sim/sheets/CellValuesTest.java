package app.frontoffice.sim.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    @ParameterizedTest(name = "{0} shows as {1}")
    @CsvSource({"2.5,2.5", "3.0,3", "-0.75,-0.75", "0.30000000000000004,0.3", "1234567,1234567", "1.5E20,1.5E+20"})
    @DisplayName("numbers read back in Sheets' Automatic format")
    void automaticNumberFormat(double value, String shown) {
        assertThat(Cell.number(value).formatted()).isEqualTo(shown);
    }

    @Test
    void rawKeepsStringsAsTyped() {
        Cell formula = ValueInput.RAW.toCell(JSON.textNode("=1+1")).orElseThrow();
        assertThat(formula.formatted()).isEqualTo("=1+1");
        assertThat(formula.formula()).isNull();
        assertThat(ValueInput.RAW.toCell(JSON.textNode("2.50")).orElseThrow().formatted()).isEqualTo("2.50");
    }

    @Test
    void userEnteredParsesLikeTheUi() {
        assertThat(ValueInput.USER_ENTERED.toCell(JSON.textNode("2.50")).orElseThrow().value()).isEqualTo(2.5);
        assertThat(ValueInput.USER_ENTERED.toCell(JSON.textNode("true")).orElseThrow().formatted()).isEqualTo("TRUE");
        assertThat(ValueInput.USER_ENTERED.toCell(JSON.textNode("'007")).orElseThrow().value()).isEqualTo("007");
        Cell sum = ValueInput.USER_ENTERED.toCell(JSON.textNode("=(1+2)*3/2")).orElseThrow();
        assertThat(sum.formatted()).isEqualTo("4.5");
        assertThat(sum.formulaOrValue()).isEqualTo("=(1+2)*3/2");
        assertThat(ValueInput.USER_ENTERED.toCell(JSON.textNode("=SUM(A1:A3)")).orElseThrow().formatted()).isEqualTo("#NAME?");
    }

    @Test
    @DisplayName("an empty string empties the cell")
    void emptyStringClears() {
        assertThat(ValueInput.USER_ENTERED.toCell(JSON.textNode(""))).isEmpty();
        assertThat(ValueInput.RAW.toCell(JSON.textNode(""))).isEmpty();
    }

    @Test
    void valueInputOptionIsRequired() {
        assertThatThrownBy(() -> ValueInput.fromParameter(null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageContaining("'valueInputOption' is required");
        assertThat(ValueInput.fromParameter("raw")).isEqualTo(ValueInput.RAW);
    }
}

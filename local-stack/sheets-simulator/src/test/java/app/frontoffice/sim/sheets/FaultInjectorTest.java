package app.frontoffice.sim.sheets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.frontoffice.sim.sheets.FaultInjector.Fault;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    private final FaultInjector faults = new FaultInjector();

    @Test
    void faultsApplyInOrderForTheirCount() {
        faults.add(new Fault(429, 0, null, 2));
        faults.add(new Fault(0, 100, null, 1));
        assertThat(faults.next()).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(429));
        assertThat(faults.next()).hasValueSatisfying(f -> assertThat(f.status()).isEqualTo(429));
        assertThat(faults.next()).hasValueSatisfying(f -> assertThat(f.delayMillis()).isEqualTo(100));
        assertThat(faults.next()).isEmpty();
    }

    @Test
    void clearDropsEverything() {
        faults.add(new Fault(500, 0, null, 5));
        faults.clear();
        assertThat(faults.next()).isEmpty();
    }

    @Test
    void rejectsNonErrorStatuses() {
        assertThatThrownBy(() -> new Fault(200, 0, null, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Fault(500, 0, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}

package app.frontoffice.gateway.actions;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RecentEventsTest {

    @Test
    void remembersTheLastIdsOnly() {
        RecentEvents recent = new RecentEvents(2);
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        assertThat(recent.firstTime(a)).isTrue();
        assertThat(recent.firstTime(a)).isFalse();
        assertThat(recent.firstTime(b)).isTrue();
        assertThat(recent.firstTime(c)).isTrue();
        assertThat(recent.firstTime(a)).isTrue(); // forgotten: only the last two are kept
    }
}

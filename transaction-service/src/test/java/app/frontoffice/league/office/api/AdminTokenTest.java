package app.frontoffice.league.office.api;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class AdminTokenTest {

    static AdminToken token(String configured) {
        AdminToken t = new AdminToken();
        t.token = Optional.ofNullable(configured);
        return t;
    }

    @Test
    void withoutAConfiguredTokenEveryoneMayImport() {
        assertThat(token(null).allows(null)).isTrue();
        assertThat(token("  ").allows("anything")).isTrue();
    }

    @Test
    void withATokenOnlyThatTokenMay() {
        AdminToken t = token("s3cret");
        assertThat(t.allows("s3cret")).isTrue();
        assertThat(t.allows("s3cre")).isFalse();
        assertThat(t.allows(null)).isFalse();
        assertThat(t.allows("")).isFalse();
    }
}

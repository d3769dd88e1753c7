package org.medmesh.interfaces.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.medmesh.interfaces.monitoring.ScrapeToken.Verdict;

class ScrapeTokenTest {

    private static final String TOKEN = "s3cr3tScrapeToken0123456789abcdef";
    private static final ScrapeToken CONFIGURED = ScrapeToken.of(Optional.of(TOKEN));

    @Test
    void shouldAdmitOnlyTheTokenAsABearerToken() {
        assertThat(CONFIGURED.judge("Bearer " + TOKEN)).isEqualTo(Verdict.ADMITTED);
        assertThat(CONFIGURED.judge("bearer " + TOKEN)).as("the scheme is case-insensitive")
                .isEqualTo(Verdict.ADMITTED);
        assertThat(CONFIGURED.judge("Bearer " + TOKEN + " ")).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void shouldRefuseAnyOtherToken() {
        assertThat(CONFIGURED.judge("Bearer wrong")).isEqualTo(Verdict.REFUSED);
        assertThat(CONFIGURED.judge("Bearer " + TOKEN.substring(1))).isEqualTo(Verdict.REFUSED);
        assertThat(CONFIGURED.judge("Bearer " + TOKEN + "x")).isEqualTo(Verdict.REFUSED);
        assertThat(CONFIGURED.judge("Bearer " + TOKEN.toUpperCase())).isEqualTo(Verdict.REFUSED);
        assertThat(CONFIGURED.judge("Bearer ")).isEqualTo(Verdict.REFUSED);
    }

    @Test
    void shouldTreatAnotherSchemeOrNoHeaderAsNoToken() {
        assertThat(CONFIGURED.judge(null)).isEqualTo(Verdict.MISSING);
        assertThat(CONFIGURED.judge("")).isEqualTo(Verdict.MISSING);
        assertThat(CONFIGURED.judge("Basic " + TOKEN)).isEqualTo(Verdict.MISSING);
        assertThat(CONFIGURED.judge(TOKEN)).isEqualTo(Verdict.MISSING);
        assertThat(CONFIGURED.judge("Bearer" + TOKEN)).isEqualTo(Verdict.MISSING);
    }

    @Test
    void shouldAdmitNoOneWithoutAToken() {
        for (Optional<String> none : List.of(Optional.<String>empty(), Optional.of(""), Optional.of("  "))) {
            ScrapeToken unset = ScrapeToken.of(none);
            assertThat(unset.configured()).isFalse();
            assertThat(unset.judge("Bearer ")).isEqualTo(Verdict.NOT_CONFIGURED);
            assertThat(unset.judge("Bearer  ")).isEqualTo(Verdict.NOT_CONFIGURED);
            assertThat(unset.judge(null)).isEqualTo(Verdict.NOT_CONFIGURED);
        }
        assertThat(CONFIGURED.configured()).isTrue();
    }
}

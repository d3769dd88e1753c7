package org.medmesh.interfaces.web.ward;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medmesh.analytics.application.RiskView;

class RiskPanelTest {

    @Test
    void showsWhatRaisesAndLowersTheRiskLargestFirstInWordsAndWhatWasMissing() {
        RiskView risk = new RiskView("v3", "without ca, thal", 0.634, "high", 0.55, -0.2, Instant.EPOCH, Instant.EPOCH,
                List.of(new RiskView.Input("age", 67, false, null), new RiskView.Input("trestbps", 160, false, null),
                        new RiskView.Input("thalach", 172, false, null)),
                List.of("ca", "thal"),
                List.of(new RiskView.Contribution("age", 0.31), new RiskView.Contribution("trestbps", 0.62),
                        new RiskView.Contribution("thalach", -0.18)),
                "model-card");

        RiskPanel panel = RiskPanel.of(risk, "01 Dec 2026 09:00");

        assertThat(panel.isAssessed()).isTrue();
        assertThat(panel.probability()).isEqualTo("63 %");
        assertThat(panel.band()).isEqualTo("high");
        assertThat(panel.raising()).extracting(RiskPanel.Effect::feature)
                .containsExactly("resting systolic blood pressure, mm Hg", "age, years");
        assertThat(panel.raising().get(0).value()).isEqualTo("160");
        assertThat(panel.raising().get(0).logOdds()).isEqualTo("+0.62");
        assertThat(panel.lowering()).extracting(RiskPanel.Effect::feature)
                .containsExactly("maximum heart rate achieved, /min");
        assertThat(panel.missing()).hasSize(2).allMatch(m -> !m.equals("ca") && !m.equals("thal"));
        assertThat(panel.imputed()).isEmpty();
    }

    @Test
    void saysWhyThereIsNoAssessment() {
        RiskPanel none = RiskPanel.unavailable("Not assessed yet.");
        assertThat(none.isAssessed()).isFalse();
        assertThat(none.unavailable()).isEqualTo("Not assessed yet.");
    }
}

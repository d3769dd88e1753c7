package org.medmesh.interfaces.web.ward;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.medmesh.analytics.application.RiskView;
import org.medmesh.analytics.domain.model.Feature;

/**
 * The heart-risk panel of a chart: the latest assessment's probability and band, which inputs raise or lower the risk
 * (largest first), which were missing or imputed; or why there is none.
 */
public record RiskPanel(String probability, String band, String scoredBy, String assessedAt, List<Effect> raising,
        List<Effect> lowering, List<String> missing, List<String> imputed, String unavailable)
        implements
            Serializable {

    private static final long serialVersionUID = 1L;

    /** One input's effect: its name, value and contribution to the log-odds. */
    public record Effect(String feature, String value, String logOdds) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    static RiskPanel of(RiskView risk, String assessedAt) {
        List<RiskView.Contribution> byWeight = risk.contributions().stream()
                .sorted(Comparator.comparingDouble((RiskView.Contribution c) -> -Math.abs(c.logOdds()))).toList();
        return new RiskPanel(String.format(Locale.ROOT, "%.0f %%", risk.probability() * 100), risk.band(),
                risk.scoredBy(), assessedAt, effects(risk, byWeight, true), effects(risk, byWeight, false),
                risk.missing().stream().map(RiskPanel::described).toList(),
                risk.inputs().stream().filter(RiskView.Input::imputed)
                        .map(i -> described(i.feature()) + " (" + i.rule() + ")").toList(),
                null);
    }

    /** A panel saying why there is no assessment to show. */
    static RiskPanel unavailable(String why) {
        return new RiskPanel(null, null, null, null, List.of(), List.of(), List.of(), List.of(), why);
    }

    public boolean isAssessed() {
        return unavailable == null;
    }

    private static List<Effect> effects(RiskView risk, List<RiskView.Contribution> byWeight, boolean raising) {
        return byWeight.stream().filter(c -> raising ? c.logOdds() > 0 : c.logOdds() < 0)
                .map(c -> new Effect(described(c.feature()), valueOf(risk, c.feature()),
                        String.format(Locale.ROOT, "%+.2f", c.logOdds())))
                .toList();
    }

    /** The input's description with its unit ("resting systolic blood pressure, mm Hg"), else its UCI name. */
    private static String described(String uciName) {
        return Arrays.stream(Feature.values()).filter(f -> f.uciName().equals(uciName)).findFirst()
                .map(f -> f.description() + (f.unit().isEmpty() ? "" : ", " + f.unit())).orElse(uciName);
    }

    private static String valueOf(RiskView risk, String feature) {
        return risk.inputs().stream().filter(i -> i.feature().equals(feature)).findFirst()
                .map(i -> String.format(Locale.ROOT, "%s", stripped(i.value()))).orElse("");
    }

    private static String stripped(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}

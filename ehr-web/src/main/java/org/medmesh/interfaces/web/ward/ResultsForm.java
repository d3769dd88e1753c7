package org.medmesh.interfaces.web.ward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.medmesh.clinical.application.ObservationService;
import org.medmesh.clinical.domain.model.KnownObservation;
import org.medmesh.clinical.domain.model.ObservationCatalogue;
import org.medmesh.clinical.domain.model.ObservationCategory;
import org.medmesh.clinical.domain.model.ObservationValue;
import org.medmesh.interfaces.web.audit.PageAudit;

/**
 * Recording test results and examination findings on the chart (doctors and nurses): one field per laboratory or
 * examination observation of the catalogue — a number in its unit, or one of its allowed answers; those filled in are
 * recorded together, now, in the open encounter (one audited write: all or none). The observation service validates and
 * interprets each as for the API; the heart-risk inputs among them re-score the patient.
 */
@Named
@ViewScoped
public class ResultsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChartPage chart;

    @Inject
    ObservationService observations;

    @Inject
    PageAudit audit;

    private final Map<String, BigDecimal> numbers = new HashMap<>();
    private final Map<String, String> answers = new HashMap<>();

    /** The tests and findings offered, in the catalogue's order. */
    public List<KnownObservation> getTests() {
        return ObservationCatalogue.all().stream().filter(k -> k.category() != ObservationCategory.VITAL_SIGNS)
                .toList();
    }

    public Map<String, BigDecimal> getNumbers() {
        return numbers;
    }

    public Map<String, String> getAnswers() {
        return answers;
    }

    public void record() throws IOException {
        new ObservationRound(chart, observations, audit, "results", "result").record(getTests().stream()
                .filter(this::filledIn).toList(), this::value);
    }

    private boolean filledIn(KnownObservation test) {
        String code = test.concept().code();
        return test.coded() ? answers.get(code) != null && !answers.get(code).isBlank() : numbers.get(code) != null;
    }

    private ObservationValue value(KnownObservation test) {
        String code = test.concept().code();
        return test.coded()
                ? ObservationValue.answer(answers.get(code))
                : ObservationValue.quantity(numbers.get(code), test.unit());
    }
}

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
 * Recording a round of vital signs on the chart (doctors and nurses): one field per vital sign of the catalogue, in its
 * unit; the signs filled in are recorded together, now, in the open encounter (one audited write: all or none). The
 * observation service validates each value and interprets it against its reference range, as for the API.
 */
@Named
@ViewScoped
public class VitalsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChartPage chart;

    @Inject
    ObservationService observations;

    @Inject
    PageAudit audit;

    private final Map<String, BigDecimal> values = new HashMap<>();

    /** The vital signs offered, in the catalogue's order. */
    public List<KnownObservation> getSigns() {
        return ObservationCatalogue.all().stream()
                .filter(k -> k.category() == ObservationCategory.VITAL_SIGNS && !k.coded()).toList();
    }

    /** The values typed, by code. */
    public Map<String, BigDecimal> getValues() {
        return values;
    }

    public void record() throws IOException {
        new ObservationRound(chart, observations, audit, "vitals", "vital sign").record(getSigns().stream()
                .filter(k -> values.get(k.concept().code()) != null).toList(),
                k -> ObservationValue.quantity(values.get(k.concept().code()), k.unit()));
    }
}

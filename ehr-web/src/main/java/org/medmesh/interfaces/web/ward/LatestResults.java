package org.medmesh.interfaces.web.ward;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.medmesh.clinical.application.ClinicalViews.ObservationView;

/** The latest result of each test or examination (observations other than vital signs), newest first. */
final class LatestResults {

    private LatestResults() {
    }

    static List<ObservationView> of(List<ObservationView> observations) {
        Map<String, ObservationView> latest = new LinkedHashMap<>();
        observations.stream().filter(o -> !"VITAL_SIGNS".equals(o.category()))
                .sorted(Comparator.comparing(ObservationView::effectiveAt).reversed())
                .forEach(o -> latest.putIfAbsent(o.code().system() + "|" + o.code().code(), o));
        return List.copyOf(latest.values());
    }
}

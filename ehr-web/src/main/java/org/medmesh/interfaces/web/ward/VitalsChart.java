package org.medmesh.interfaces.web.ward;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.medmesh.clinical.application.ClinicalViews.ObservationView;

/**
 * The vitals of a chart over time as a Chart.js line chart (the configuration PrimeFaces' {@code p:chart} takes): one
 * line per vital sign with a numeric value, in time order, labelled with its display name and unit; gaps where a sign
 * was not measured.
 */
final class VitalsChart {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("dd MMM HH:mm");
    private static final String[] COLOURS = {"#c62828", "#1565c0", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f",
            "#4e342e", "#37474f"};

    private VitalsChart() {
    }

    /** The chart's configuration, or null when there is nothing to draw. */
    static String of(List<ObservationView> observations, ZoneId zone) {
        List<ObservationView> vitals = observations.stream()
                .filter(o -> "VITAL_SIGNS".equals(o.category()) && o.value() != null && o.effectiveAt() != null)
                .toList();
        if (vitals.isEmpty()) {
            return null;
        }
        TreeSet<Instant> times = new TreeSet<>();
        Map<String, Map<Instant, Number>> lines = new LinkedHashMap<>();
        for (ObservationView o : vitals) {
            times.add(o.effectiveAt());
            String name = o.code().display() + (o.unit() == null || o.unit().isBlank() ? "" : " (" + o.unit() + ")");
            lines.computeIfAbsent(name, key -> new LinkedHashMap<>()).put(o.effectiveAt(), o.value());
        }
        List<Instant> axis = new ArrayList<>(times);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        axis.forEach(t -> labels.add(LABEL.format(t.atZone(zone))));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (Map.Entry<String, Map<Instant, Number>> line : lines.entrySet()) {
            JsonArrayBuilder points = Json.createArrayBuilder();
            for (Instant t : axis) {
                Number value = line.getValue().get(t);
                if (value == null) {
                    points.addNull();
                } else {
                    points.add(Json.createValue(new BigDecimal(value.toString())));
                }
            }
            String hue = COLOURS[colour++ % COLOURS.length];
            datasets.add(Json.createObjectBuilder().add("label", line.getKey()).add("data", points)
                    .add("borderColor", hue).add("backgroundColor", hue).add("spanGaps", true).add("tension", 0.2));
        }
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend",
                        Json.createObjectBuilder().add("position", "bottom")));
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }
}

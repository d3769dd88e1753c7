package org.medmesh.interfaces.web.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Duration;
import java.util.Locale;

/**
 * The pages' durations in words an operator reads at a glance: {@code #{pageDurations.of(d)}} for a {@link Duration},
 * {@code millis(n)} for milliseconds ("850 ms", "4.2 s", "12 s", "3 min", "26 h"); an unknown duration is a dash.
 */
@Named
@ApplicationScoped
public class PageDurations {

    public String of(Duration duration) {
        if (duration == null) {
            return "—";
        }
        long millis = Math.max(0, duration.toMillis());
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 10_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        if (duration.toMinutes() < 2) {
            return duration.toSeconds() + " s";
        }
        return duration.toHours() < 2 ? duration.toMinutes() + " min" : duration.toHours() + " h";
    }

    public String millis(Long millis) {
        return millis == null ? of(null) : of(Duration.ofMillis(millis));
    }
}

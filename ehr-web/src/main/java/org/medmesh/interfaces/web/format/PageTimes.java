package org.medmesh.interfaces.web.format;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The pages' times, in the hospital's (the server's) zone: {@code #{pageTimes.recent(t)}} for today's work ("05 Dec
 * 14:30"), {@code exact} to the second for events an operator compares, {@code dated} with the year for records; an
 * unknown time is empty.
 */
@Named
@ApplicationScoped
public class PageTimes {

    private static final DateTimeFormatter RECENT = DateTimeFormatter.ofPattern("dd MMM HH:mm");
    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("dd MMM HH:mm:ss");
    private static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm");
    private static final DateTimeFormatter DATED_EXACT = DateTimeFormatter.ofPattern("dd MMM yyyy HH:mm:ss");

    public String recent(Instant at) {
        return format(RECENT, at);
    }

    public String exact(Instant at) {
        return format(EXACT, at);
    }

    public String dated(Instant at) {
        return format(DATED, at);
    }

    public String datedExact(Instant at) {
        return format(DATED_EXACT, at);
    }

    /** The zone the pages show times in. */
    public static ZoneId zone() {
        return ZoneId.systemDefault();
    }

    private static String format(DateTimeFormatter pattern, Instant at) {
        return at == null ? "" : pattern.format(at.atZone(zone()));
    }
}

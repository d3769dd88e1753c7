package org.medmesh.shared.domain.model;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * For one record: the latest change of each hospital that its current state includes. Comparing two vectors tells
 * whether one state descends from the other or whether they were changed concurrently — which wall-clock order cannot
 * tell. Immutable.
 */
public final class VersionVector {

    /** How two states relate. */
    public enum Order {
        EQUAL, BEFORE, AFTER, CONCURRENT
    }

    private static final VersionVector EMPTY = new VersionVector(Map.of());

    private final Map<HospitalId, Hlc> latest;

    private VersionVector(Map<HospitalId, Hlc> latest) {
        this.latest = Map.copyOf(latest);
    }

    public static VersionVector empty() {
        return EMPTY;
    }

    /** This state plus a change stamped {@code change} by its hospital. */
    public VersionVector with(Hlc change) {
        Map<HospitalId, Hlc> next = new TreeMap<>(latest);
        next.merge(change.hospital(), change, (a, b) -> a.after(b) ? a : b);
        return new VersionVector(next);
    }

    /** Everything either state includes. */
    public VersionVector merge(VersionVector other) {
        Map<HospitalId, Hlc> next = new TreeMap<>(latest);
        other.latest.forEach((hospital, hlc) -> next.merge(hospital, hlc, (a, b) -> a.after(b) ? a : b));
        return new VersionVector(next);
    }

    public Order compare(VersionVector other) {
        boolean ahead = false;
        boolean behind = false;
        for (HospitalId hospital : union(other)) {
            int c = compare(latest.get(hospital), other.latest.get(hospital));
            ahead |= c > 0;
            behind |= c < 0;
        }
        if (ahead && behind) {
            return Order.CONCURRENT;
        }
        return ahead ? Order.AFTER : behind ? Order.BEFORE : Order.EQUAL;
    }

    /** Whether the state includes this change. */
    public boolean includes(Hlc change) {
        Hlc known = latest.get(change.hospital());
        return known != null && !change.after(known);
    }

    private Set<HospitalId> union(VersionVector other) {
        Set<HospitalId> all = new TreeSet<>(latest.keySet());
        all.addAll(other.latest.keySet());
        return all;
    }

    private static int compare(Hlc a, Hlc b) {
        if (a == null) {
            return b == null ? 0 : -1;
        }
        return b == null ? 1 : a.compareTo(b);
    }

    /** Text form {@code hospA=<hlc>;hospB=<hlc>}, ordered by hospital; stored with the record and the event. */
    @Override
    public String toString() {
        return latest.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey().value() + "=" + e.getValue()).collect(Collectors.joining(";"));
    }

    public static VersionVector parse(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        Map<HospitalId, Hlc> latest = new TreeMap<>();
        for (String entry : text.split(";")) {
            int eq = entry.indexOf('=');
            latest.put(new HospitalId(entry.substring(0, eq)), Hlc.parse(entry.substring(eq + 1)));
        }
        return new VersionVector(latest);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VersionVector vv && latest.equals(vv.latest);
    }

    @Override
    public int hashCode() {
        return Objects.hash(latest);
    }
}

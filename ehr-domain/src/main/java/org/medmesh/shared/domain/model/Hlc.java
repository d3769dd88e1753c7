package org.medmesh.shared.domain.model;

import java.util.Objects;

/**
 * A hybrid logical clock timestamp: physical milliseconds, a counter for events within (or ahead of) the same
 * millisecond, and the hospital that issued it. Totally ordered — by time, then counter, then hospital id — so every
 * hospital picks the same winner between concurrent changes without trusting wall clocks to agree.
 */
public record Hlc(long millis, int counter, HospitalId hospital) implements Comparable<Hlc> {

    public Hlc {
        Objects.requireNonNull(hospital, "hospital");
        if (millis < 0 || counter < 0) {
            throw new IllegalArgumentException("HLC parts cannot be negative");
        }
    }

    @Override
    public int compareTo(Hlc other) {
        int byTime = Long.compare(millis, other.millis);
        if (byTime != 0) {
            return byTime;
        }
        int byCounter = Integer.compare(counter, other.counter);
        return byCounter != 0 ? byCounter : hospital.compareTo(other.hospital);
    }

    public boolean after(Hlc other) {
        return compareTo(other) > 0;
    }

    /** Text form {@code 000001795399864801-00003-hospA}: sorts like the timestamp itself. */
    @Override
    public String toString() {
        return String.format("%018d-%05d-%s", millis, counter, hospital.value());
    }

    public static Hlc parse(String text) {
        String[] parts = text.split("-", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not an HLC timestamp: " + text);
        }
        return new Hlc(Long.parseLong(parts[0]), Integer.parseInt(parts[1]), new HospitalId(parts[2]));
    }
}

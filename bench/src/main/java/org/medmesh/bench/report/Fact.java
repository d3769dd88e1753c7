package org.medmesh.bench.report;

/**
 * A single measured value: a start-up time, a memory size, a setting that qualifies the figures.
 *
 * @param scenario where it belongs
 * @param name what it is
 * @param value its value
 * @param unit its unit (s, MiB, ...), or empty
 */
public record Fact(String scenario, String name, String value, String unit) {
}

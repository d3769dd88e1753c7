package org.medmesh.client.seed;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What to seed: patients (spread round-robin over the hospitals), threads, the random seed, and the hospitals.
 *
 * @param hospitals in the order given: patient i goes to hospital i mod their number
 */
public record SeedPlan(int patients, int threads, long seed, List<Hospital> hospitals) {

    static final String USAGE = "usage: seed PATIENTS THREADS SEED hospitalId=baseUrl=staffLoginsFile...";

    /** A hospital's id, the base URL of its node and the file of its demo staff logins. */
    public record Hospital(String id, String baseUrl, Path staffLogins) {
    }

    public SeedPlan {
        if (patients < 0 || threads < 1 || threads > 99 || hospitals.isEmpty()) {
            throw new IllegalArgumentException(USAGE + " (patients ≥ 0, threads 1-99, at least one hospital)");
        }
        hospitals = List.copyOf(hospitals);
    }

    /** The command line's arguments; {@link IllegalArgumentException} naming the usage when they do not fit. */
    public static SeedPlan parse(String... args) {
        if (args.length < 4) {
            throw new IllegalArgumentException(USAGE);
        }
        List<Hospital> hospitals = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            String[] parts = args[i].split("=", 3);
            if (parts.length != 3 || parts[0].isBlank() || !parts[1].startsWith("http")) {
                throw new IllegalArgumentException(USAGE + " (not a hospital: " + args[i] + ")");
            }
            hospitals.add(new Hospital(parts[0], parts[1], Path.of(parts[2])));
        }
        try {
            return new SeedPlan(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]),
                    hospitals);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(USAGE + " (PATIENTS, THREADS and SEED are whole numbers)", e);
        }
    }

    /** The hospital patient {@code index} goes to. */
    public Hospital hospitalOf(int index) {
        return hospitals.get(index % hospitals.size());
    }
}

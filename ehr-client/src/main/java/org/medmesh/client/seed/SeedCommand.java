package org.medmesh.client.seed;

import java.util.logging.Logger;

/**
 * The main of {@code ./ehr seed} (server-config/bin/cmd-seed.sh):
 * {@code PATIENTS THREADS SEED hospitalId=baseUrl=staffLoginsFile...}. Exits 0 when every patient was seeded, 1 when
 * some failed, 2 on bad arguments.
 */
public final class SeedCommand {

    private static final Logger LOG = Logger.getLogger(SeedCommand.class.getName());

    private SeedCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.setProperty("java.util.logging.SimpleFormatter.format", "%5$s%n");
        SeedPlan plan;
        try {
            plan = SeedPlan.parse(args);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new SeedRun(plan).run() ? 0 : 1);
    }
}

package org.medmesh.platform.infrastructure.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * A consistent snapshot of the hospital's database as SQL, taken with {@code mariadb-dump} in one repeatable-read
 * transaction ({@code --single-transaction}): writers are not blocked, and every table is seen at the same moment. Its
 * tables with their triggers, routines and events; binary values in hex.
 */
public final class DatabaseDump {

    private DatabaseDump() {
    }

    /** Streams the dump of {@code account}'s database to {@code out} (left open). */
    public static void writeTo(OutputStream out, String program, DatabaseAccount account) throws IOException {
        try (MariaDbProgram dump = MariaDbProgram.start(program, account, List.of("--single-transaction",
                "--routines", "--events", "--triggers", "--hex-blob", "--skip-dump-date", "--quick",
                account.database()))) {
            dump.input().close();
            dump.output().transferTo(out);
            dump.succeed();
        }
    }
}

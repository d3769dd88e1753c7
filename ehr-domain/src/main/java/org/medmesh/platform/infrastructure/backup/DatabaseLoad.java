package org.medmesh.platform.infrastructure.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Loads a dump into the hospital's database with the {@code mariadb} program, after removing every table, view and
 * sequence the database holds (a database of a newer schema than the backup's must not keep tables the backup does not
 * know). Triggers and views are created by the restoring account: the dump's definer clauses are left out, since the
 * account that defined them may not exist where the backup is restored (ERROR 1449 later otherwise).
 */
public final class DatabaseLoad {

    /** A definer clause in a version comment of a {@code mariadb-dump} file (triggers, views, events). */
    private static final Pattern COMMENTED_DEFINER = Pattern
            .compile("/\\*!\\d{5} DEFINER=`(?:[^`]|``)*`@`(?:[^`]|``)*`( SQL SECURITY DEFINER)? ?\\*/ ?");
    /** A definer clause of a routine's {@code CREATE}. */
    private static final Pattern DEFINER = Pattern.compile("DEFINER=`(?:[^`]|``)*`@`(?:[^`]|``)*` ?");

    private DatabaseLoad() {
    }

    /**
     * The database's tables, views and sequences removed by {@code drops} (listed beforehand by
     * {@link #dropStatements}, which changes nothing), then the dump from {@code sql} loaded.
     */
    public static void replaceWith(InputStream sql, List<String> drops, String program, DatabaseAccount account)
            throws IOException {
        try (MariaDbProgram load = MariaDbProgram.start(program, account, List.of("--batch", account.database()))) {
            load.output().close();
            try (Writer in = new BufferedWriter(new OutputStreamWriter(load.input(), StandardCharsets.ISO_8859_1),
                    1 << 16)) {
                in.write("SET FOREIGN_KEY_CHECKS = 0;\n");
                for (String drop : drops) {
                    in.write(drop);
                }
                in.write("SET FOREIGN_KEY_CHECKS = 1;\n");
                copyWithoutDefiners(sql, in);
            } catch (IOException e) {
                load.succeed();
                throw e;
            }
            load.succeed();
        }
    }

    /** The statements that remove what the database holds now; reads the database only. */
    public static List<String> dropStatements(String program, DatabaseAccount account) throws IOException {
        List<String> drops = new ArrayList<>();
        try (MariaDbProgram list = MariaDbProgram.start(program, account, List.of("--batch", "--skip-column-names",
                "--execute", "SELECT table_type, table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE()",
                account.database()))) {
            list.input().close();
            BufferedReader rows = new BufferedReader(new InputStreamReader(list.output(), StandardCharsets.UTF_8));
            for (String row = rows.readLine(); row != null; row = rows.readLine()) {
                String[] columns = row.split("\t", 2);
                String name = "`" + columns[1].replace("`", "``") + "`";
                drops.add(switch (columns[0]) {
                    case "VIEW" -> "DROP VIEW IF EXISTS " + name + ";\n";
                    case "SEQUENCE" -> "DROP SEQUENCE IF EXISTS " + name + ";\n";
                    default -> "DROP TABLE IF EXISTS " + name + ";\n";
                });
            }
            list.succeed();
        }
        return drops;
    }

    /**
     * Copies the dump, byte for byte (read as ISO-8859-1, so any encoding passes through), leaving out definer clauses
     * outside the rows' data ({@code INSERT} lines are copied as they are: a note may quote such a clause).
     */
    static void copyWithoutDefiners(InputStream sql, Writer out) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(sql, StandardCharsets.ISO_8859_1), 1 << 16);
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.startsWith("INSERT INTO ") && line.contains("DEFINER=")) {
                line = DEFINER.matcher(COMMENTED_DEFINER.matcher(line).replaceAll("")).replaceAll("");
            }
            out.write(line);
            out.write('\n');
        }
    }
}

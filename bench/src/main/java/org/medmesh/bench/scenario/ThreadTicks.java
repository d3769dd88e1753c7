package org.medmesh.bench.scenario;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of a process's threads, in clock ticks, grouped by thread name with the digits replaced by {@code #}
 * ("http-thread-pool::http-listener-1(3)" and its siblings are one group; Linux keeps the first 15 characters of a
 * name). Threads that ended between two readings are missing from the second: their time counts in neither.
 */
final class ThreadTicks {

    /** Clock ticks per second of {@code /proc} (USER_HZ, 100 on Linux). */
    static final double PER_SECOND = 100;

    private ThreadTicks() {
    }

    /** User plus system CPU time of a whole process (its ended threads included), in clock ticks. */
    static long ofProcess(Path pidFile) throws IOException {
        return cpu(Files.readString(Path.of("/proc", Files.readString(pidFile).strip(), "stat")));
    }

    /** User plus system time from a {@code /proc/.../stat} line (fields 14 and 15, after the command name). */
    private static long cpu(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static Map<String, Long> byName(Path pidFile) throws IOException {
        Path tasks = Path.of("/proc", Files.readString(pidFile).strip(), "task");
        Map<String, Long> byTask = new HashMap<>();
        try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
            for (Path thread : threads) {
                try {
                    String name = Files.readString(thread.resolve("comm")).strip().replaceAll("[0-9]+", "#");
                    byTask.put(thread.getFileName() + " " + name, cpu(Files.readString(thread.resolve("stat"))));
                } catch (IOException ended) {
                    // the thread ended while the directory was read
                }
            }
        }
        return byTask;
    }

    /** Ticks spent per thread group between two readings (threads present in both, or new in the second). */
    static Map<String, Long> since(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> groups = new TreeMap<>();
        after.forEach((task, ticks) -> {
            String name = task.substring(task.indexOf(' ') + 1);
            groups.merge(name, ticks - before.getOrDefault(task, 0L), Long::sum);
        });
        return groups;
    }
}

package org.medmesh.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and with what a run happened: machine, versions and the command, printed at the head of the report.
 *
 * @param started when the run started
 * @param command the command that produced it
 * @param machine processor, cores, memory, operating system
 * @param versions Java and the stack's versions from the build
 */
public record RunContext(Instant started, String command, Map<String, String> machine, Map<String, String> versions) {

    public static RunContext of(Path root, String command) throws IOException {
        Map<String, String> machine = new LinkedHashMap<>();
        machine.put("processor", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"));
        machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        machine.put("memory", firstValue(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> Math.round(Long.parseLong(kb.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0) + " GiB")
                .orElse("unknown"));
        machine.put("operating system", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("Java (harness)", System.getProperty("java.version"));
        String pom = Files.readString(root.resolve("pom.xml"));
        for (String property : new String[]{"payara.version", "hibernate.version", "artemis.version",
                "mariadb-client.version"}) {
            Matcher value = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)<").matcher(pom);
            if (value.find()) {
                versions.put(property.replace(".version", ""), value.group(1));
            }
        }
        return new RunContext(Instant.now(), command, machine, versions);
    }

    /** Keeps when and how the run was made beside its CSV files, for rendering the report again. */
    public void write(Path directory) throws IOException {
        Files.writeString(directory.resolve("run.txt"), started + "\n" + command + "\n");
    }

    /** The context of a run written by {@link #write}, on this machine. */
    public static RunContext read(Path root, Path directory) throws IOException {
        java.util.List<String> lines = Files.readAllLines(directory.resolve("run.txt"));
        RunContext here = of(root, lines.get(1));
        return new RunContext(Instant.parse(lines.get(0)), lines.get(1), here.machine(), here.versions());
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(line -> line.startsWith(key))
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst();
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}

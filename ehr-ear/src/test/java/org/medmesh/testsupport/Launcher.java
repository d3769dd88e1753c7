package org.medmesh.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the {@code ./ehr} launcher as an operator would, with its output kept in a log file. */
public final class Launcher {

    private final Path root;
    private final Map<String, String> environment;
    private final Path logDir;
    private int runs;

    public Launcher(Path root, Map<String, String> environment, Path logDir) {
        this.root = root;
        this.environment = Map.copyOf(environment);
        this.logDir = logDir;
    }

    /** The outcome of one launcher command. */
    public record Run(int exitCode, String output) {
    }

    public Run run(long timeoutSeconds, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", root.resolve("ehr").toString()));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(String.format("%02d-ehr-%s.log", ++runs,
                    String.join("-", arguments).replaceAll("[^A-Za-z0-9._-]+", "_")));
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new AssertionError("./ehr " + String.join(" ", arguments) + " did not finish in "
                        + timeoutSeconds + " s; output in " + log + ":\n" + Files.readString(log));
            }
            return new Run(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

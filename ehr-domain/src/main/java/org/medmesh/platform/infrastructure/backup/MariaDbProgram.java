package org.medmesh.platform.infrastructure.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a MariaDB program against the hospital's database: its input and output streamed by the caller, its
 * messages kept in a private file and given back (their end) when it fails.
 */
final class MariaDbProgram implements AutoCloseable {

    private static final int MESSAGE_TAIL = 2000;

    private final String program;
    private final Path privateDir;
    private final Path messages;
    private final Process process;

    private MariaDbProgram(String program, Path privateDir, Path messages, Process process) {
        this.program = program;
        this.privateDir = privateDir;
        this.messages = messages;
        this.process = process;
    }

    /** Starts {@code program} as {@code account} with the account's options, then {@code arguments}. */
    static MariaDbProgram start(String program, DatabaseAccount account, List<String> arguments) throws IOException {
        Path dir = DatabaseAccount.privateDirectory();
        try {
            List<String> command = new ArrayList<>();
            command.add(program);
            command.addAll(account.options(dir));
            command.addAll(arguments);
            Path messages = dir.resolve("messages");
            Process process = new ProcessBuilder(command).redirectError(messages.toFile()).start();
            return new MariaDbProgram(program, dir, messages, process);
        } catch (IOException e) {
            DatabaseAccount.deleteDirectory(dir);
            throw new IOException("could not start " + program + " (" + e.getMessage() + "): install MariaDB's "
                    + "client programs, or name the program in the configuration", e);
        }
    }

    InputStream output() {
        return process.getInputStream();
    }

    OutputStream input() {
        return process.getOutputStream();
    }

    /** Waits for the program to end; fails with its messages unless it succeeded. */
    void succeed() throws IOException {
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                String text = Files.readString(messages, StandardCharsets.UTF_8);
                throw new IOException(program + " failed (exit " + exit + "): "
                        + text.substring(Math.max(0, text.length() - MESSAGE_TAIL)).strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(program + " was interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        DatabaseAccount.deleteDirectory(privateDir);
    }
}

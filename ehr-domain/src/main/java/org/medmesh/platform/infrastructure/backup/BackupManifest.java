package org.medmesh.platform.infrastructure.backup;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A backup's last entry: each entry's size and SHA-256 ({@code entry.<name>.bytes}, {@code entry.<name>.sha256}), the
 * entries in order ({@code entries}) and facts about the backup (the hospital, its schema version, where each key file
 * came from), as Java properties.
 */
public record BackupManifest(Map<String, String> values) {

    /** An entry's size in bytes and SHA-256 digest (hex). */
    public record Entry(long bytes, String sha256) {
    }

    public BackupManifest {
        values = Map.copyOf(values);
    }

    static BackupManifest parse(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the manifest is not readable: " + e.getMessage(), e);
        }
        Map<String, String> values = new TreeMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return new BackupManifest(values);
    }

    static String format(Map<String, String> values) {
        Properties properties = new Properties();
        properties.putAll(values);
        StringWriter out = new StringWriter();
        try {
            properties.store(out, "MedMesh backup manifest");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The entries in the order they were written, with their sizes and digests. */
    public Map<String, Entry> entries() {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (String name : names()) {
            String bytes = values.get("entry." + name + ".bytes");
            String sha256 = values.get("entry." + name + ".sha256");
            if (bytes == null || sha256 == null) {
                throw new IllegalArgumentException("the manifest lists " + name + " without its size and digest");
            }
            entries.put(name, new Entry(Long.parseLong(bytes), sha256));
        }
        return entries;
    }

    private List<String> names() {
        String list = values.getOrDefault("entries", "");
        return list.isEmpty() ? List.of() : Arrays.asList(list.split(","));
    }

    /** A fact the node wrote, if it did. */
    public Optional<String> fact(String name) {
        return Optional.ofNullable(values.get(name));
    }
}

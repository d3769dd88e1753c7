package org.medmesh.platform.infrastructure.backup;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.eclipse.microprofile.config.Config;
import org.medmesh.platform.config.HospitalProperty;

/**
 * What a hospital needs besides its database to come back: its configuration as the node reads it (secrets included:
 * the backup is encrypted; the backup key itself left out) and the files that configuration names (its token and
 * signing keys, its broker's key and trust stores, the network's keys).
 */
final class RecoveryFiles {

    /** The properties whose values are files to keep. */
    private static final List<HospitalProperty> FILES = List.of(HospitalProperty.JWT_PRIVATE_KEY_LOCATION,
            HospitalProperty.JWT_PUBLIC_KEY_LOCATION, HospitalProperty.SYNC_SIGNING_KEY,
            HospitalProperty.SYNC_NETWORK_KEYS, HospitalProperty.BROKER_KEYSTORE, HospitalProperty.BROKER_TRUSTSTORE,
            HospitalProperty.DEMO_USERS_FILE, HospitalProperty.AUTH_ISSUER_JWKS);

    private RecoveryFiles() {
    }

    /** Every set property of the node by name, with its value; not the backup key. */
    static Map<String, String> configuration(Config config) {
        Map<String, String> values = new TreeMap<>();
        for (HospitalProperty property : HospitalProperty.values()) {
            if (property == HospitalProperty.BACKUP_KEY) {
                continue;
            }
            for (String name : names(config, property)) {
                config.getOptionalValue(name, String.class).ifPresent(value -> values.put(name, value));
            }
        }
        return values;
    }

    /** The files the configuration names, by property name, that exist. */
    static Map<String, Path> files(Config config) {
        Map<String, Path> files = new TreeMap<>();
        for (HospitalProperty property : FILES) {
            for (String name : names(config, property)) {
                config.getOptionalValue(name, String.class).flatMap(RecoveryFiles::path).filter(Files::isRegularFile)
                        .ifPresent(path -> files.put(name, path));
            }
        }
        return files;
    }

    /** The entry name of a kept file. */
    static String entryName(String property) {
        return "files/" + property.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
    }

    private static List<String> names(Config config, HospitalProperty property) {
        if (!property.pattern()) {
            return List.of(property.key());
        }
        HospitalProperty list = property.key().startsWith("hospital.auth.issuer.")
                ? HospitalProperty.AUTH_ISSUERS
                : HospitalProperty.PEERS;
        List<String> names = new ArrayList<>();
        list.optionalValue(config, String.class).ifPresent(text -> Arrays.stream(text.split(","))
                .map(item -> item.split("=", 2)[0].strip()).filter(part -> !part.isEmpty())
                .forEach(part -> names.add(property.key(part))));
        return names;
    }

    private static Optional<Path> path(String value) {
        if (value.startsWith("file:")) {
            return Optional.of(Path.of(URI.create(value)));
        }
        return value.contains(":") ? Optional.empty() : Optional.of(Path.of(value));
    }
}

package org.medmesh.platform.infrastructure.backup;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;
import org.medmesh.platform.config.HospitalProperty;

/**
 * The backups' configuration: where they go, their key, the schedule, how many are kept, the dump program. Without a
 * directory there are no backups; with one, a missing or malformed key is a configuration error, named by
 * {@link #problem()}.
 */
record BackupSettings(String hospital, Optional<Path> directory, Optional<BackupKey> key, Optional<String> problem,
        int intervalMinutes, int keep, String dumpProgram) {

    static BackupSettings of(Config config) {
        String hospital = HospitalProperty.ID.value(config, String.class);
        Optional<Path> directory = HospitalProperty.BACKUP_DIR.optionalValue(config, String.class).map(Path::of);
        Optional<String> keyText = HospitalProperty.BACKUP_KEY.optionalValue(config, String.class);
        Optional<BackupKey> key = Optional.empty();
        Optional<String> problem = Optional.empty();
        if (directory.isPresent()) {
            try {
                key = Optional.of(BackupKey.parse(keyText.orElseThrow(() -> new IllegalArgumentException(
                        HospitalProperty.BACKUP_KEY.key() + " is not set"))));
            } catch (IllegalArgumentException e) {
                problem = Optional.of("backups are off: " + HospitalProperty.BACKUP_DIR.key() + " is set but "
                        + e.getMessage());
            }
        }
        return new BackupSettings(hospital, directory, key, problem,
                number(config, HospitalProperty.BACKUP_INTERVAL_MINUTES),
                Math.max(1, number(config, HospitalProperty.BACKUP_KEEP)),
                HospitalProperty.BACKUP_DUMP_COMMAND.optionalValue(config, String.class)
                        .orElse(HospitalProperty.BACKUP_DUMP_COMMAND.defaultValue()));
    }

    /** Whether backups can be made. */
    boolean configured() {
        return directory.isPresent() && key.isPresent();
    }

    private static int number(Config config, HospitalProperty property) {
        return Math.max(0, property.optionalValue(config, Integer.class)
                .orElse(Integer.parseInt(property.defaultValue())));
    }
}

package org.medmesh.platform.infrastructure.backup;

/**
 * A backup that must not be restored: not a MedMesh backup, another hospital's, made with another key, damaged,
 * truncated or incomplete. The message says which, for the operator; nothing was changed.
 */
public class BackupRefusedException extends Exception {

    private static final long serialVersionUID = 1L;

    public BackupRefusedException(String message) {
        super(message);
    }

    public BackupRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}

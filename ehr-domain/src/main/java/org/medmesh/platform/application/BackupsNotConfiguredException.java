package org.medmesh.platform.application;

/** A backup asked for on a node without a backup directory and key. */
public class BackupsNotConfiguredException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BackupsNotConfiguredException() {
        super("backups are not set up on this node: configure hospital.backup.dir and hospital.backup.key");
    }
}

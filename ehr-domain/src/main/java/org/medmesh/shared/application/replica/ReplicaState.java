package org.medmesh.shared.application.replica;

import java.util.UUID;

/**
 * The whole state of one replicated record after a change, as hospitals exchange it: a record type whose every field
 * (but {@code schemaVersion}) is {@link StoredIn a column}, or a nested state ({@link Provenance}, {@link Coding}). Its
 * JSON carries {@code schemaVersion}; a hospital upcasts an older version it receives and refuses a newer one.
 * Implementations declare {@code public static final int SCHEMA_VERSION}.
 */
public interface ReplicaState {

    /** The name of the version field in a state's JSON. */
    String SCHEMA_VERSION_FIELD = "schemaVersion";

    int schemaVersion();

    UUID id();
}

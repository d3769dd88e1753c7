package org.medmesh.platform.application;

import jakarta.annotation.security.PermitAll;

import java.util.Optional;
import java.util.UUID;

/**
 * Reads worth keeping between requests (a patient's chart), kept in the hospital's data grid so every server instance
 * shares them. The grid is never the record: what it keeps is a copy of what the database said at a generation the
 * caller read first, in the transaction it read the rest in, and is served only at that same generation. Whoever reads
 * through it still checks access and writes the audit entry as for any read. Best effort: without a grid, a key or an
 * answer in time, a read simply goes to the database. Open to any caller: it is the caller's service that is guarded.
 */
public interface HotReads {

    /**
     * What was kept for {@code key} in {@code region} at exactly {@code generation}, when the grid has it, sealed with
     * this hospital's key; empty otherwise (never a value kept at another generation).
     */
    @PermitAll
    Optional<String> read(String region, UUID key, String generation);

    /** Keeps {@code value}, read at {@code generation}, for the next reads of {@code key} in {@code region}. */
    @PermitAll
    void keep(String region, UUID key, String generation, String value);
}

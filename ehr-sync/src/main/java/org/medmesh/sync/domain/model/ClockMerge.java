package org.medmesh.sync.domain.model;

import org.medmesh.shared.domain.model.Hlc;

/**
 * Merges a received change's timestamp into this hospital's clock, so every later local change sorts after it. In
 * production the hospital's shared change clock, in the simulation each simulated hospital's own.
 */
@FunctionalInterface
public interface ClockMerge {

    void merge(Hlc received);
}

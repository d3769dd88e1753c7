package org.medmesh.clinical.domain.model;

import java.util.List;

import org.medmesh.shared.domain.model.Repository;

/** The treatments a ward's nurses have to carry out. */
@Repository
public interface TreatmentWorklist {

    /**
     * The ordered or started (not voided) treatments of the encounters in progress on {@code ward} at {@code hospital}
     * (the ward's name compared without regard to case), oldest order first: page {@code page} of {@code size}, with
     * one more element if more follow.
     */
    List<Treatment> openOnWard(String hospital, String ward, int page, int size);
}

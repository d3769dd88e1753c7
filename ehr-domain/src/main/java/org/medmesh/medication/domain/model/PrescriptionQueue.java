package org.medmesh.medication.domain.model;

import java.util.List;

import org.medmesh.shared.domain.model.Repository;

/** The prescriptions a hospital's pharmacy has to dispense. */
@Repository
public interface PrescriptionQueue {

    /**
     * The active (not yet dispensed, not voided) prescriptions written at {@code hospital}, oldest first: page
     * {@code page} of {@code size}, with one more element if more follow.
     */
    List<Prescription> awaitingDispensing(String hospital, int page, int size);
}

package org.medmesh.interfaces.web.ward;

import java.io.Serializable;

import org.medmesh.patient.application.PatientView;

/** A patient as a list on a page names them: "Family, Given" and the MRN. */
public record PatientLabel(String name, String mrn) implements Serializable {

    private static final long serialVersionUID = 1L;

    static PatientLabel of(PatientView patient) {
        return new PatientLabel(patient.familyName() + ", " + patient.givenName(), patient.mrn());
    }
}

package org.medmesh.clinical.domain.model;

/** How a result compares with its reference range (HL7 interpretation codes N, L, H, A). */
public enum Interpretation {
    NORMAL, LOW, HIGH, ABNORMAL
}

package org.medmesh.medication.domain.model;

/** How a drug is given. */
public enum Route {
    ORAL, SUBLINGUAL, INTRAVENOUS, INTRAMUSCULAR, SUBCUTANEOUS, TOPICAL, INHALED, RECTAL, NASAL, OPHTHALMIC
}

package org.medmesh.clinical.domain.model;

/** What a clinical note documents. */
public enum NoteType {
    PROGRESS, ADMISSION, DISCHARGE, CONSULTATION, NURSING, PROCEDURE
}

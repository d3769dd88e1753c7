package org.medmesh.clinical.domain.model;

/** Clinical status of a problem-list entry. */
public enum ConditionStatus {
    ACTIVE, INACTIVE, RESOLVED
}

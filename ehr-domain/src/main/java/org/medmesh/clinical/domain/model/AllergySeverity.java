package org.medmesh.clinical.domain.model;

/** How severe the reaction to a substance is. */
public enum AllergySeverity {
    MILD, MODERATE, SEVERE
}

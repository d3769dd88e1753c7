package org.medmesh.audit.domain.model;

/** How a request ended, from its HTTP status. */
public enum AuditOutcome {

    /** Answered (2xx, 3xx). */
    SUCCESS,
    /** Refused: not signed in or not allowed (401, 403). */
    DENIED,
    /** Any other error (4xx, 5xx). */
    FAILED;

    public static AuditOutcome ofStatus(int status) {
        if (status == 401 || status == 403) {
            return DENIED;
        }
        return status < 400 ? SUCCESS : FAILED;
    }
}

package org.medmesh.patient.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Whether the current request reached a patient's data through a break-the-glass grant (or created one), so the audit
 * trail can flag its entry. Set only by the access policy and the break-the-glass service.
 */
@RequestScoped
public class BreakGlassInUse {

    private boolean used;

    public void mark() {
        used = true;
    }

    public boolean used() {
        return used;
    }
}

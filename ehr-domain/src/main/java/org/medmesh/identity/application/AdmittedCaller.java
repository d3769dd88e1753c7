package org.medmesh.identity.application;

import jakarta.enterprise.context.RequestScoped;

import java.util.Optional;

/**
 * The caller the API admitted for the current request, noted once by the web layer so the services need not ask Jakarta
 * Security again on every call (its caller lookup tried to load a class that is not there each time). Read through
 * {@link Caller}; outside a request, or before anything was noted, {@link Caller} asks Jakarta Security.
 */
@RequestScoped
public class AdmittedCaller {

    private String username;

    /** Notes the signed-in caller of this request (the container's caller principal). */
    public void note(String signedIn) {
        username = signedIn;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }
}

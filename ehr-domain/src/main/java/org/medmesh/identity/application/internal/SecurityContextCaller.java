package org.medmesh.identity.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import java.security.Principal;
import java.time.Clock;
import java.util.Optional;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.application.AdmittedCaller;
import org.medmesh.identity.application.Caller;
import org.medmesh.shared.domain.model.Stamp;

/**
 * The caller as Jakarta Security sees it (the verified JWT's {@code upn} and {@code groups}): as the API noted it for
 * the current request ({@link AdmittedCaller}), else from Jakarta Security itself.
 */
@ApplicationScoped
public class SecurityContextCaller implements Caller {

    @Inject
    SecurityContext security;

    @Inject
    AdmittedCaller admitted;

    @Inject
    ThisHospital hospital;

    private final Clock clock = Clock.systemUTC();

    @Override
    public String username() {
        try {
            Optional<String> noted = admitted.username();
            if (noted.isPresent()) {
                return noted.get();
            }
        } catch (ContextNotActiveException outsideARequest) {
            // a background task: ask Jakarta Security
        }
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            throw new IllegalStateException("no signed-in caller");
        }
        return principal.getName();
    }

    @Override
    public Stamp stamp() {
        return new Stamp(username(), hospital.profile().id(), clock.instant());
    }
}

package org.medmesh.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.medmesh.identity.domain.model.Roles;

/**
 * Admits bearer tokens: from this hospital's own issuer or from an external OpenID Connect issuer trusted by
 * configuration, for enabled local accounts only, unless revoked.
 */
public interface BearerTokenService {

    /**
     * Should return the caller a token speaks for, or fail with
     * {@link org.medmesh.identity.domain.model.TokenRejectedException} naming the reason: not an RS256 JWT, untrusted
     * issuer, unknown key, bad signature, expired or not yet valid, wrong audience, missing claims, the system role, no
     * mapped role, no such enabled account, a role that is not the account's, issued before the account's last
     * disable/role/password change, or revoked. A revocation or account change made through this instance should take
     * effect at once; one made through another instance of the hospital within {@code hospital.auth.recheck-seconds}.
     */
    @PermitAll
    AuthenticatedCaller authenticate(String token);

    /** Should revoke the presented token until it expires, so it is refused from now on (signing out). */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    void revoke(String token);
}

package org.medmesh.identity.application;

import jakarta.annotation.security.PermitAll;

/**
 * Signs staff in against this hospital's own account store and issues bearer tokens.
 */
public interface AuthenticationService {

    /**
     * Should issue a token whose {@code groups} claim holds the account's role, signed with this hospital's key. Should
     * fail with {@link AuthenticationFailedException} for an unknown user, a wrong password or a disabled account,
     * taking about as long in each case.
     */
    @PermitAll
    IssuedToken issueToken(String username, char[] password);
}

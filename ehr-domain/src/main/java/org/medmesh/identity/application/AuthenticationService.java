package org.medmesh.identity.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import org.medmesh.identity.domain.model.Roles;

/**
 * Signs staff in against this hospital's own account store and issues bearer tokens.
 */
public interface AuthenticationService {

    /**
     * Should issue a token whose {@code groups} claim holds the account's role, signed with this hospital's key. Should
     * fail with {@link AuthenticationFailedException} for an unknown user, a wrong password or a disabled account,
     * taking about as long in each case. Should count consecutive failures per submitted username (known or not) and,
     * at {@code hospital.signin.max-failures}, lock it for {@code hospital.signin.lock-minutes}: a locked sign-in fails
     * with {@link SignInLockedException} without checking the password. A success clears the count.
     */
    @PermitAll
    IssuedToken issueToken(String username, char[] password);

    /**
     * Should replace the signed-in caller's password when the current one is right and the new one meets the password
     * rules, and refuse every token issued before; should fail with
     * {@link org.medmesh.identity.domain.model.PasswordRejected} naming {@code currentPassword} or {@code newPassword}
     * otherwise, changing nothing but the failed sign-in count for a wrong current password.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    void changeOwnPassword(char[] currentPassword, char[] newPassword);
}

package org.medmesh.identity.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.identity.domain.model.StaffId;
import org.medmesh.identity.domain.model.StaffRole;

/**
 * Management of this hospital's staff accounts. Administrators manage accounts; they read no clinical data. Accounts
 * are disabled, never deleted; every change records who made it and when. Creating an account, changing its role,
 * disabling and enabling it are also told to the hospital's administrators (a {@code staff-account-changed}
 * notification each, in the same transaction), so no administrator changes accounts unseen by the others.
 */
public interface StaffAccountService {

    /** Should list every account, enabled or not, ordered by username, with any sign-in lock; admins only. */
    @RolesAllowed(Roles.ADMIN)
    List<StaffAccountSummary> listAccounts();

    /**
     * Should create an enabled account whose password meets the password rules, failing with
     * {@link org.medmesh.identity.domain.model.PasswordRejected} (field {@code password}) or
     * {@link UsernameTakenException} otherwise, creating nothing.
     */
    @RolesAllowed(Roles.ADMIN)
    StaffAccountSummary createAccount(String username, String displayName, StaffRole role, char[] password);

    /** Should give the account another role and refuse every token issued to it before; never the admin's own. */
    @RolesAllowed(Roles.ADMIN)
    StaffAccountSummary changeRole(StaffId id, StaffRole role);

    /** Should stop the account signing in and refuse every token issued to it before; never the admin's own. */
    @RolesAllowed(Roles.ADMIN)
    StaffAccountSummary disable(StaffId id);

    /** Should let a disabled account sign in again (its old tokens stay refused). */
    @RolesAllowed(Roles.ADMIN)
    StaffAccountSummary enable(StaffId id);

    /**
     * Should set a new password meeting the password rules (field {@code password}), clear any sign-in lock and refuse
     * every token issued before.
     */
    @RolesAllowed(Roles.ADMIN)
    StaffAccountSummary resetPassword(StaffId id, char[] password);

    /**
     * Should assign the account to a ward (1-100 characters), or to none for null or blank; its nurses are then told of
     * treatments ordered on that ward. Told to the administrators like a role change.
     */
    @RolesAllowed(Roles.ADMIN)
    StaffAccountSummary assignWard(StaffId id, String ward);

    /** Should clear the failed sign-ins and any lock of the account's username. */
    @RolesAllowed(Roles.ADMIN)
    StaffAccountSummary unlock(StaffId id);
}

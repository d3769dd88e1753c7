package org.medmesh.identity.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import org.medmesh.identity.domain.model.Roles;

/**
 * Management of this hospital's staff accounts. Administrators manage accounts; they read no clinical data.
 */
public interface StaffAccountService {

    /** Should list every account, enabled or not, ordered by username; admins only. */
    @RolesAllowed(Roles.ADMIN)
    List<StaffAccountSummary> listAccounts();
}

package org.medmesh.identity.application.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;

import org.medmesh.identity.application.StaffAccountService;
import org.medmesh.identity.application.StaffAccountSummary;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffAccountRepository;

@Stateless
public class DefaultStaffAccountService implements StaffAccountService {

    @Inject
    StaffAccountRepository accounts;

    @Override
    @RolesAllowed(Roles.ADMIN)
    public List<StaffAccountSummary> listAccounts() {
        return accounts.findAll().stream().map(DefaultStaffAccountService::summary).toList();
    }

    private static StaffAccountSummary summary(StaffAccount account) {
        return new StaffAccountSummary(account.id().toString(), account.username(), account.displayName(),
                account.role().roleName(), account.enabled(), account.createdAt());
    }
}

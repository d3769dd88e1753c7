package org.medmesh.identity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.medmesh.identity.application.StaffDirectory;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffAccountRepository;

@Stateless
public class DefaultStaffDirectory implements StaffDirectory {

    @Inject
    StaffAccountRepository accounts;

    @Override
    public List<StaffMember> enabledStaff() {
        return accounts.findAll().stream().filter(StaffAccount::enabled)
                .sorted(Comparator.comparing(StaffAccount::username))
                .map(a -> new StaffMember(a.username(), a.role().roleName(), a.ward())).toList();
    }

    @Override
    public Optional<String> wardOf(String username) {
        return accounts.findByUsername(username).filter(StaffAccount::enabled).map(StaffAccount::ward)
                .filter(ward -> !ward.isBlank());
    }
}

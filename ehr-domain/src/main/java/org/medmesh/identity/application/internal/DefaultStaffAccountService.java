package org.medmesh.identity.application.internal;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

import org.medmesh.identity.application.Caller;
import org.medmesh.identity.application.StaffAccountService;
import org.medmesh.identity.application.StaffAccountSummary;
import org.medmesh.identity.application.UsernameTakenException;
import org.medmesh.identity.domain.model.PasswordPolicy;
import org.medmesh.identity.domain.model.SignInFailure;
import org.medmesh.identity.domain.model.SignInFailureRepository;
import org.medmesh.identity.domain.model.StaffAccount;
import org.medmesh.identity.domain.model.StaffAccountChanged;
import org.medmesh.identity.domain.model.StaffAccountRepository;
import org.medmesh.identity.domain.model.StaffId;
import org.medmesh.identity.domain.model.StaffRole;
import org.medmesh.shared.domain.model.RecordNotFound;

@Stateless
public class DefaultStaffAccountService implements StaffAccountService {

    private static final Logger LOG = Logger.getLogger(DefaultStaffAccountService.class.getName());

    @Inject
    StaffAccountRepository accounts;

    @Inject
    SignInFailureRepository failures;

    @Inject
    PasswordHasher passwords;

    @Inject
    Caller caller;

    @Inject
    AcceptedTokens accepted;

    /** Creations, role changes, disables and enables, for the administrators' notifications (same transaction). */
    @Inject
    Event<StaffAccountChanged> changes;

    private final Clock clock = Clock.systemUTC();

    @Override
    public List<StaffAccountSummary> listAccounts() {
        return accounts.findAll().stream().map(this::summary).toList();
    }

    @Override
    public StaffAccountSummary createAccount(String username, String displayName, StaffRole role, char[] password) {
        StaffAccount.requireUsername(username);
        PasswordPolicy.require(username, password, "password");
        if (accounts.findByUsername(username).isPresent()) {
            throw new UsernameTakenException();
        }
        StaffAccount account = new StaffAccount(StaffId.next(), username, displayName, role, passwords.hash(password),
                clock.instant(), caller.username());
        accounts.store(account);
        failures.clear(username);
        changes.fire(account.creation());
        LOG.info(() -> "Account " + account.id() + " created with role " + role.roleName());
        return summary(account);
    }

    @Override
    public StaffAccountSummary changeRole(StaffId id, StaffRole role) {
        return change(id, "role changed to " + role.roleName(), true,
                account -> changes.fire(account.changeRole(role, caller.username(), clock.instant())));
    }

    @Override
    public StaffAccountSummary disable(StaffId id) {
        return change(id, "disabled", true,
                account -> changes.fire(account.disable(caller.username(), clock.instant())));
    }

    @Override
    public StaffAccountSummary enable(StaffId id) {
        return change(id, "enabled", false,
                account -> changes.fire(account.enable(caller.username(), clock.instant())));
    }

    @Override
    public StaffAccountSummary resetPassword(StaffId id, char[] password) {
        return change(id, "password reset", false, account -> {
            PasswordPolicy.require(account.username(), password, "password");
            account.changePassword(passwords.hash(password), caller.username(), clock.instant());
            failures.clear(account.username());
        });
    }

    @Override
    public StaffAccountSummary assignWard(StaffId id, String ward) {
        return change(id, "assigned a ward", false,
                account -> changes.fire(account.assignWard(ward, caller.username(), clock.instant())));
    }

    @Override
    public StaffAccountSummary unlock(StaffId id) {
        return change(id, "unlocked", false, account -> failures.clear(account.username()));
    }

    private StaffAccountSummary change(StaffId id, String what, boolean notOnOneself, Consumer<StaffAccount> change) {
        StaffAccount account = accounts.find(id).orElseThrow(() -> new RecordNotFound("staff account", id.value()));
        if (notOnOneself && account.username().equals(caller.username())) {
            throw new IllegalArgumentException("administrators cannot disable or re-role their own account; "
                    + "ask another administrator");
        }
        change.accept(account);
        accepted.forgetAllOnceDone();
        LOG.info(() -> "Account " + account.id() + " " + what + " by an administrator");
        return summary(account);
    }

    private StaffAccountSummary summary(StaffAccount account) {
        Instant now = clock.instant();
        Instant lockedUntil = failures.find(account.username()).filter(failure -> failure.lockedAt(now))
                .map(SignInFailure::lockedUntil).orElse(null);
        return new StaffAccountSummary(account.id().toString(), account.username(), account.displayName(),
                account.role().roleName(), account.ward(), account.enabled(), account.createdAt(), lockedUntil,
                account.changedAt(),
                account.changedBy());
    }
}

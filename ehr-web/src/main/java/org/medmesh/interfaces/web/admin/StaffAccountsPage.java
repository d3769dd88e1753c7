package org.medmesh.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.medmesh.identity.application.StaffAccountService;
import org.medmesh.identity.application.StaffAccountSummary;
import org.medmesh.identity.domain.model.StaffId;
import org.medmesh.identity.domain.model.StaffRole;
import org.medmesh.interfaces.web.audit.PageMessages;

/**
 * The administrators' staff accounts: every account of this hospital with its role, ward and any sign-in lock; a new
 * account; and for the account chosen, its role, ward and password, disabling and enabling it, lifting its lock. The
 * staff account service's own rules (password rules, unique usernames, tokens refused after a change) and its notices
 * to the administrators apply, exactly as over the API. Passwords are never shown or kept in the page after use.
 */
@Named
@ViewScoped
public class StaffAccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAccountService staff;

    private List<StaffAccountSummary> accounts = List.of();
    private StaffAccountSummary chosen;
    private String username;
    private String displayName;
    private String role = "nurse";
    private String password;
    private String newRole;
    private String ward;
    private String newPassword;

    /** Lists the accounts (the view action, and after each change). */
    public void load() {
        try {
            accounts = staff.listAccounts();
            if (chosen != null) {
                chosen = accounts.stream().filter(a -> a.id().equals(chosen.id())).findFirst().orElse(null);
            }
        } catch (RuntimeException e) {
            accounts = List.of();
            PageMessages.failed(e);
        }
    }

    public void create() {
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        if (username == null || username.isBlank() || displayName == null || displayName.isBlank()) {
            PageMessages.refused("Give the new account a username and a display name.");
            return;
        }
        try {
            StaffAccountSummary created = staff.createAccount(username.strip(), displayName.strip(),
                    StaffRole.fromRoleName(role), secret);
            PageMessages.done("Created " + created.username() + " (" + created.role() + ").");
            username = null;
            displayName = null;
            choose(created);
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        } finally {
            Arrays.fill(secret, '\0');
        }
        load();
    }

    /** Opens the account's settings below the list. */
    public void choose(StaffAccountSummary account) {
        chosen = account;
        newRole = account.role();
        ward = account.ward();
        newPassword = null;
    }

    public void changeRole() {
        change(() -> staff.changeRole(id(), StaffRole.fromRoleName(newRole)), "now a " + newRole
                + "; their sessions and tokens are refused");
    }

    public void assignWard() {
        boolean none = ward == null || ward.isBlank();
        change(() -> staff.assignWard(id(), none ? null : ward.strip()), none
                ? "assigned to no ward"
                : "assigned to ward " + ward.strip());
    }

    public void resetPassword() {
        char[] secret = newPassword == null ? new char[0] : newPassword.toCharArray();
        newPassword = null;
        try {
            change(() -> staff.resetPassword(id(), secret), "given a new password; any lock lifted");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    public void disable() {
        change(() -> staff.disable(id()), "disabled: they cannot sign in and their tokens are refused");
    }

    public void enable() {
        change(() -> staff.enable(id()), "enabled");
    }

    public void unlock() {
        change(() -> staff.unlock(id()), "unlocked");
    }

    private StaffId id() {
        return new StaffId(UUID.fromString(chosen.id()));
    }

    private void change(Supplier<StaffAccountSummary> change, String what) {
        if (chosen == null) {
            PageMessages.refused("Choose an account first.");
            return;
        }
        try {
            StaffAccountSummary changed = change.get();
            PageMessages.done(changed.username() + " " + what + ".");
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
        load();
    }

    /** Whether sign-in under the account's username is locked now. */
    public boolean locked(StaffAccountSummary account) {
        return account.lockedUntil() != null && account.lockedUntil().isAfter(Instant.now());
    }

    public List<String> getRoles() {
        return Arrays.stream(StaffRole.values()).map(StaffRole::roleName).toList();
    }

    public List<StaffAccountSummary> getAccounts() {
        return accounts;
    }

    public StaffAccountSummary getChosen() {
        return chosen;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNewRole() {
        return newRole;
    }

    public void setNewRole(String newRole) {
        this.newRole = newRole;
    }

    public String getWard() {
        return ward;
    }

    public void setWard(String ward) {
        this.ward = ward;
    }

    public String getNewPassword() {
        return null;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}

package org.medmesh.identity.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Pattern;

import org.medmesh.shared.domain.model.TextRules;

/**
 * A member of staff who may sign in at this hospital. The password is only ever held as a PBKDF2 hash produced by
 * Jakarta Security; accounts are disabled, never deleted, so the audit trail keeps naming who did what. Disabling an
 * account, changing its role or its password refuses every token issued to it before.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    private static final int WARD_LENGTH = 100;

    @EmbeddedId
    private StaffId id;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 128)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private StaffRole role;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "tokens_valid_after")
    private Instant tokensValidAfter;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by", length = 64)
    private String changedBy;

    @Column(name = "ward", length = WARD_LENGTH)
    private String ward;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(StaffId id, String username, String displayName, StaffRole role, String passwordHash,
            Instant createdAt, String createdBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = requireUsername(username);
        this.displayName = requireDisplayName(displayName);
        this.role = Objects.requireNonNull(role, "role");
        this.passwordHash = requireText(passwordHash, "password hash");
        this.createdAt = Objects.requireNonNull(createdAt, "created at");
        this.createdBy = requireText(createdBy, "created by");
        this.enabled = true;
    }

    /** Usernames are lower-case letters, digits, '.', '_' or '-', 2-64 characters. */
    public static String requireUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "username must be 2-64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        return username;
    }

    /**
     * A display name is identifying text ({@link TextRules#requireIdentifying}: one line, no control or invisible
     * formatting characters) that shows at least one character; refused under the field {@code displayName}.
     */
    private static String requireDisplayName(String displayName) {
        TextRules.requireVisible(displayName, "displayName", "Enter the name shown for this person.");
        return TextRules.requireIdentifying(displayName, "displayName").strip();
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }

    public StaffId id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public StaffRole role() {
        return role;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Instant tokensValidAfter() {
        return tokensValidAfter;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    /** The account's creation, as its administrators are told of it. */
    public StaffAccountChanged creation() {
        return new StaffAccountChanged(id, "created account " + username + " with role " + role.roleName(), createdBy,
                createdAt);
    }

    /** Stops sign-in and refuses every token already issued to the account. */
    public StaffAccountChanged disable(String by, Instant now) {
        enabled = false;
        changed(by, now, true);
        return new StaffAccountChanged(id, "disabled account " + username, by, now);
    }

    public StaffAccountChanged enable(String by, Instant now) {
        enabled = true;
        changed(by, now, false);
        return new StaffAccountChanged(id, "enabled account " + username, by, now);
    }

    /** Gives the account another role; tokens carrying the old one are refused from now on. */
    public StaffAccountChanged changeRole(StaffRole newRole, String by, Instant now) {
        StaffRole before = role;
        role = Objects.requireNonNull(newRole, "role");
        changed(by, now, true);
        return new StaffAccountChanged(id, "changed the role of account " + username + " from " + before.roleName()
                + " to " + newRole.roleName(), by, now);
    }

    /**
     * Assigns the account to a ward (trimmed, 1-100 characters), or to none when {@code newWard} is null or blank: the
     * nurses of a ward are told of the treatments ordered there. Tokens stay valid: a ward grants no access.
     */
    public StaffAccountChanged assignWard(String newWard, String by, Instant now) {
        String trimmed = newWard == null || newWard.isBlank() ? null : newWard.strip();
        if (trimmed != null && trimmed.length() > WARD_LENGTH) {
            throw new IllegalArgumentException("a ward's name is at most " + WARD_LENGTH + " characters");
        }
        ward = trimmed;
        changed(by, now, false);
        return new StaffAccountChanged(id, trimmed == null
                ? "removed account " + username + " from its ward"
                : "assigned account " + username + " to ward " + trimmed, by, now);
    }

    /** The ward the account works on, if assigned. */
    public String ward() {
        return ward;
    }

    /** Replaces the password hash and refuses every token issued with the old password. */
    public void changePassword(String newHash, String by, Instant now) {
        passwordHash = requireText(newHash, "password hash");
        changed(by, now, true);
    }

    /**
     * Whether a token issued at {@code issuedAt} (whole seconds, as in a JWT's {@code iat}) still speaks for this
     * account: it must not predate the last disable, role or password change.
     */
    public boolean acceptsTokenIssuedAt(Instant issuedAt) {
        return tokensValidAfter == null || !issuedAt.isBefore(tokensValidAfter);
    }

    /**
     * The {@code iat} to put in a token issued now: the current second, or the first second after the last change that
     * invalidated tokens (never more than a second ahead), so a token issued right after a change is accepted and every
     * token issued before it is not. Two changes within one second move the bound on by a second each time, so a token
     * issued between them (carrying the first bound) is refused too.
     */
    public Instant tokenIssueInstant(Instant now) {
        Instant second = now.truncatedTo(ChronoUnit.SECONDS);
        return tokensValidAfter != null && second.isBefore(tokensValidAfter) ? tokensValidAfter : second;
    }

    private void changed(String by, Instant now, boolean invalidatesTokens) {
        changedBy = requireText(by, "changed by");
        changedAt = Objects.requireNonNull(now, "now");
        if (invalidatesTokens) {
            Instant next = now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
            boolean tokensMayCarryTheLastBound = tokensValidAfter != null && !next.isAfter(tokensValidAfter);
            tokensValidAfter = tokensMayCarryTheLastBound ? tokensValidAfter.plusSeconds(1) : next;
        }
    }
}

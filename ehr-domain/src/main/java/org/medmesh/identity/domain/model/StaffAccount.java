package org.medmesh.identity.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A member of staff who may sign in at this hospital. The password is only ever held as a PBKDF2 hash produced by
 * Jakarta Security; accounts are disabled, never deleted, so the audit trail keeps naming who did what.
 */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

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

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected StaffAccount() {
    }

    public StaffAccount(StaffId id, String username, String displayName, StaffRole role, String passwordHash,
            Instant createdAt, String createdBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.username = requireUsername(username);
        this.displayName = requireText(displayName, "display name");
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
}

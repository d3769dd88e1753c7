package org.medmesh.identity.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Consecutive failed sign-ins under one submitted username, whether or not an account of that name exists, and the lock
 * they led to. Kept in the database so a lock survives restarts and holds on every member of a cluster.
 */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    @Id
    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "failures", nullable = false)
    private int failures;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    protected SignInFailure() {
    }

    public SignInFailure(String username) {
        this.username = Objects.requireNonNull(username, "username");
    }

    public String username() {
        return username;
    }

    public int failures() {
        return failures;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    /** Whether sign-in under this username is refused at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How long until sign-in is possible again (zero when not locked). */
    public Duration retryAfter(Instant now) {
        return lockedAt(now) ? Duration.between(now, lockedUntil) : Duration.ZERO;
    }

    /**
     * Counts one more failure; the failure that reaches the policy's limit locks the username. A lock that has run out
     * starts a new count. Returns whether this failure locked it.
     */
    public boolean recordFailure(LockoutPolicy policy, Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            lockedUntil = null;
            failures = 0;
        }
        failures++;
        lastFailureAt = now;
        if (failures >= policy.maxFailures()) {
            lockedUntil = now.plus(policy.lockDuration());
            failures = 0;
            return true;
        }
        return false;
    }
}

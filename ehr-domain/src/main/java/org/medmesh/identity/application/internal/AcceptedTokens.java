package org.medmesh.identity.application.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.identity.application.AuthenticatedCaller;
import org.medmesh.platform.config.HospitalProperty;

/**
 * Tokens this instance has admitted, so a request does not verify the signature and read the account and the revocation
 * list again: each stays admitted until the token expires or {@code hospital.auth.recheck-seconds} (default 2) have
 * passed, whichever is first. Any sign-out or account change made through this instance forgets every admitted token
 * once its transaction has ended, so it takes effect here at once; another instance of the same hospital (a cluster)
 * checks the database again within the recheck bound. The database stays the only record of accounts and revocations.
 */
@ApplicationScoped
public class AcceptedTokens {

    static final int MOST_REMEMBERED = 20_000;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.AUTH_RECHECK_SECONDS, defaultValue = "2")
    long recheckSeconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<String, Admitted> admitted = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    private record Admitted(AuthenticatedCaller caller, Instant until) {
    }

    /** The generation to hand back to {@link #remember}: a check that began before a change is not remembered. */
    public long generation() {
        return generation.get();
    }

    /** The caller a token was admitted for, while that admission holds. */
    public Optional<AuthenticatedCaller> find(String tokenDigest, Instant now) {
        Admitted found = admitted.get(tokenDigest);
        if (found == null) {
            return Optional.empty();
        }
        if (!now.isBefore(found.until())) {
            admitted.remove(tokenDigest, found);
            return Optional.empty();
        }
        return Optional.of(found.caller());
    }

    /** Remembers an admission checked against the database since {@code checkedFrom} (a {@link #generation()}). */
    public void remember(String tokenDigest, AuthenticatedCaller caller, long checkedFrom, Instant now) {
        Instant recheck = now.plus(Duration.ofSeconds(recheckSeconds));
        Instant until = caller.expiresAt().isBefore(recheck) ? caller.expiresAt() : recheck;
        if (admitted.size() >= MOST_REMEMBERED) {
            admitted.values().removeIf(entry -> !now.isBefore(entry.until()));
            if (admitted.size() >= MOST_REMEMBERED) {
                admitted.clear();
            }
        }
        admitted.put(tokenDigest, new Admitted(caller, until));
        if (generation.get() != checkedFrom) {
            admitted.remove(tokenDigest);
        }
    }

    /**
     * Forgets every admission at once and again once the current transaction has ended (a token admitted meanwhile from
     * the old state is not kept). Called by whatever signs out, disables, re-roles or changes a password, so the
     * database's new state is what the next request meets.
     */
    public void forgetAllOnceDone() {
        if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
            forgetAll();
            return;
        }
        forgetAll();
        transactions.registerInterposedSynchronization(new Synchronization() {

            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                forgetAll();
            }
        });
    }

    void forgetAll() {
        generation.incrementAndGet();
        admitted.clear();
    }
}

package org.medmesh.platform.application;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

import org.medmesh.identity.domain.model.Roles;

/**
 * Which server instance of this hospital runs each singleton job (backups first): the holder of the job's lease in the
 * hospital's database, renewed in the background; another instance takes over within a lease's length after the holder
 * stops renewing. Leadership here is a hint for whether to start the job: the job's own writes are conditioned on its
 * fence in the database, so a former leader's write changes nothing.
 */
public interface Leadership {

    /** The singleton job that makes the hospital's backups. */
    String BACKUP = "backup";

    /** The job that compares this hospital's records with each peer's now and then (anti-entropy). */
    String ANTI_ENTROPY = "anti-entropy";

    /** The job that signs the audit chain's head and sends it to the peers. */
    String AUDIT_CHECKPOINTS = "audit-checkpoints";

    /** The job that verifies the audit chain in itself now and then, for the metrics and alerts. */
    String AUDIT_VERIFICATION = "audit-verification";

    /** Should return the fence this instance holds for the job, when it leads it now; empty otherwise. */
    @PermitAll
    OptionalLong fence(String job);

    /** Should return this server instance's name among the holders (its Payara instance and a start id). */
    @PermitAll
    String instance();

    /** Should list each job's lease as the database holds it, for operators. */
    @RolesAllowed(Roles.ADMIN)
    List<Lease> leases();

    /**
     * A job's lease.
     *
     * @param holder the instance holding it (the last one, when it expired)
     * @param current whether it has not expired
     * @param here whether this instance holds it now
     */
    record Lease(String job, String holder, long fence, Instant expiresAt, boolean current, boolean here) {
    }
}

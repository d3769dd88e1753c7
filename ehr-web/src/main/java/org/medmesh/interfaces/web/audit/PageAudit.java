package org.medmesh.interfaces.web.audit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditOutcome;
import org.medmesh.audit.domain.model.AuditRecord;
import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.patient.application.BreakGlassInUse;

/**
 * The pages' audit trail, the same as the API's: every read and write of patient data a page makes goes through here
 * and is recorded with who (user and role), this hospital, the patient, what ({@code GET ward/chart}, {@code POST
 * ward/patients}: the method and the page), the outcome with the status the API would have answered, the patients a
 * list showed, and whether break-the-glass was used. A write runs in one transaction with its record (both commit or
 * neither); a read whose record cannot be written is not shown. The consent, break-the-glass and role checks are the
 * application services' own: this class only runs and records them.
 */
@RequestScoped
public class PageAudit {

    private static final Logger LOG = Logger.getLogger(PageAudit.class.getName());

    @Inject
    AuditLog audit;

    @Inject
    ThisHospital hospital;

    @Inject
    BreakGlassInUse breakGlass;

    @Inject
    HttpServletRequest request;

    @Resource
    UserTransaction transaction;

    /** Runs a read of one patient's data (or of none: {@code patient} null) and records it. */
    public <T> T read(String page, UUID patient, Supplier<T> read) {
        return read(page, patient, read, answer -> List.of());
    }

    /** Runs a read and records it with the patients its answer shows ({@code exposed}). */
    public <T> T read(String page, UUID patient, Supplier<T> read, Function<T, Collection<UUID>> exposed) {
        T answer;
        try {
            answer = read.get();
        } catch (RuntimeException e) {
            recordRefusal("GET " + page, patient, e);
            throw e;
        }
        AuditRecord record = record("GET " + page, patient, AuditOutcome.SUCCESS, 200);
        audit.record(record.exposing(exposed.apply(answer).stream().filter(id -> !id.equals(patient)).toList()));
        return answer;
    }

    /**
     * Runs a write in one transaction with its record; {@code patientOf} names the patient from the answer (e.g. one
     * just registered) when {@code patient} is null. On failure nothing is kept and the refusal is recorded on its own.
     */
    public <T> T write(String page, UUID patient, Supplier<T> write, Function<T, UUID> patientOf) {
        String action = "POST " + page;
        begin();
        T answer;
        try {
            answer = write.get();
            audit.recordWithWrite(record(action, patient != null ? patient : patientOf.apply(answer),
                    AuditOutcome.SUCCESS, 200));
        } catch (RuntimeException e) {
            rollBack();
            recordRefusal(action, patient, e);
            throw e;
        }
        commit();
        return answer;
    }

    /** Records an action that touches no patient's data (signing in or out). */
    public void event(String action, String actor, String role, int status) {
        audit.record(new AuditRecord(Instant.now(), hospital.profile().id().value(), actor, role, null, action,
                AuditOutcome.ofStatus(status), status, false));
    }

    private void recordRefusal(String action, UUID patient, RuntimeException failure) {
        PageFailure meaning = PageFailure.of(failure);
        if (!meaning.expected()) {
            LOG.log(Level.SEVERE, action + " failed", failure);
        }
        try {
            audit.record(record(action, patient, AuditOutcome.ofStatus(meaning.status()), meaning.status()));
        } catch (RuntimeException e) {
            LOG.severe(() -> "Could not record the refusal of " + action + " in the audit trail: "
                    + e.getClass().getSimpleName());
        }
    }

    private AuditRecord record(String action, UUID patient, AuditOutcome outcome, int status) {
        String actor = request.getRemoteUser();
        String role = actor == null
                ? null
                : Roles.STAFF.stream().filter(request::isUserInRole).findFirst().orElse(null);
        return new AuditRecord(Instant.now(), hospital.profile().id().value(), actor, role, patient, action, outcome,
                status, breakGlass.used());
    }

    private void begin() {
        try {
            transaction.begin();
        } catch (jakarta.transaction.NotSupportedException | SystemException e) {
            throw new IllegalStateException("cannot begin the page's transaction", e);
        }
    }

    private void commit() {
        try {
            transaction.commit();
        } catch (jakarta.transaction.RollbackException | jakarta.transaction.HeuristicMixedException
                | jakarta.transaction.HeuristicRollbackException | SystemException e) {
            throw new IllegalStateException("the change could not be committed and was not saved", e);
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException e) {
            LOG.log(Level.WARNING, "Could not roll a page's transaction back", e);
        }
    }
}

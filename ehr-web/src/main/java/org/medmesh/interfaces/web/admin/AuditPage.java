package org.medmesh.interfaces.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.medmesh.audit.application.AnchoredVerdict;
import org.medmesh.audit.application.AuditLog;
import org.medmesh.audit.domain.model.AuditEntry;
import org.medmesh.audit.domain.model.AuditQuery;
import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.sync.application.AnchoredAuditVerification;

/**
 * The administrators' audit page: the trail searched by patient, user and days (newest first), and the whole chain
 * verified, in itself and against the checkpoints the peers hold. A search by patient is itself recorded, like the
 * API's {@code GET admin/audit?patient=}.
 */
@Named
@ViewScoped
public class AuditPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "admin/audit";
    private static final int SHOWN = 200;

    @Inject
    AuditLog audit;

    @Inject
    AnchoredAuditVerification verification;

    @Inject
    PageAudit pages;

    private String patient;
    private String user;
    private LocalDate from;
    private LocalDate to;
    private List<AuditEntry> entries = List.of();
    private boolean searched;
    private AnchoredVerdict verdict;

    public void search() {
        UUID patientId;
        try {
            patientId = patient == null || patient.isBlank() ? null : UUID.fromString(patient.strip());
        } catch (IllegalArgumentException e) {
            PageMessages.refused("The patient must be a record id (a UUID), as the chart's address shows.");
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        AuditQuery query = new AuditQuery(patientId, user == null || user.isBlank() ? null : user.strip(),
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), SHOWN);
        try {
            entries = pages.read(PAGE, patientId, () -> audit.search(query));
            searched = true;
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
    }

    public void verify() {
        try {
            verdict = verification.verify();
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
    }

    public List<AuditEntry> getEntries() {
        return entries;
    }

    public boolean isSearched() {
        return searched;
    }

    public AnchoredVerdict getVerdict() {
        return verdict;
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

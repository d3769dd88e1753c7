package org.medmesh.clinical.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.medmesh.clinical.domain.model.PatientRecord;
import org.medmesh.clinical.domain.model.PatientRecords;
import org.medmesh.events.application.RecordEvents;
import org.medmesh.identity.application.Caller;
import org.medmesh.patient.application.PatientAccess;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.shared.domain.model.ChangeType;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.RecordNotFound;
import org.medmesh.shared.domain.model.StaleVersion;
import org.medmesh.shared.domain.model.Stamp;

/**
 * The one way to the chart's records for the clinical, medication and chart services: check the patient, store or
 * change a record, make its version current, and announce the change as an event in the same transaction; read a
 * patient's records of a kind. It runs inside the services' transactions and authorization; the records' repository
 * stays inside the clinical context.
 */
@ApplicationScoped
public class PatientRecordWriter {

    @Inject
    PatientRecords records;

    @Inject
    RecordEvents events;

    @Inject
    Caller caller;

    @Inject
    PatientAccess access;

    /**
     * The patient, which must exist, not be voided and be open to the caller (consent, break-the-glass), to receive new
     * records.
     */
    public PatientId requireActivePatient(PatientId id) {
        Patient patient = access.requireClinicalAccess(id);
        if (patient.voided()) {
            throw new ClinicalRuleViolation("patient-voided",
                    "This patient registration was voided; record data on the patient's valid registration.");
        }
        return id;
    }

    /** A record by id, if its patient's consent lets the caller see it here. */
    public <T extends PatientRecord> T load(Class<T> kind, UUID id, String name) {
        T record = records.find(kind, id).orElseThrow(() -> new RecordNotFound(name, id));
        access.requireClinicalAccess(record.patientId());
        return record;
    }

    /**
     * A page of one patient's records of one kind, newest first, with one extra element if more follow; the caller has
     * checked the patient is readable ({@link #requireReadable}).
     */
    public <T extends PatientRecord> List<T> ofPatient(Class<T> kind, PatientId patient, boolean includeVoided,
            int page, int size) {
        return records.ofPatient(kind, patient, includeVoided, page, size);
    }

    /**
     * Who created the patient's current records of a kind in these encounters (observations, treatments, notes,
     * prescriptions): part of the care team. Runs as the system: no consent check.
     */
    public Set<String> authorsIn(Class<? extends PatientRecord> kind, PatientId patient, Collection<UUID> encounters) {
        return records.authorsIn(kind, patient, encounters);
    }

    /** Every current (not voided) record of a kind for a patient: problem, allergy and medication lists. */
    public <T extends PatientRecord> List<T> allCurrent(Class<T> kind, PatientId patient) {
        return records.allCurrent(kind, patient);
    }

    /** Refuses a list of the patient's records if the patient's consent does not let the caller see them here. */
    public PatientId requireReadable(PatientId patient) {
        access.requireClinicalAccess(patient);
        return patient;
    }

    /** Loads a record for a change based on the version the client saw. */
    public <T extends PatientRecord> T loadForChange(Class<T> kind, UUID id, String name, long expectedVersion) {
        T record = load(kind, id, name);
        StaleVersion.check(name, expectedVersion, record);
        return record;
    }

    /** Refuses a reference to an encounter of another patient or one that does not exist. */
    public UUID requireEncounterOf(PatientId patient, UUID encounterId,
            Class<? extends PatientRecord> encounterKind) {
        if (encounterId == null) {
            return null;
        }
        PatientRecord encounter = records.find(encounterKind, encounterId)
                .orElseThrow(() -> new RecordNotFound("visit", encounterId));
        if (!encounter.patientId().equals(patient)) {
            throw new ClinicalRuleViolation("encounter-of-other-patient", "Visit " + encounterId
                    + " belongs to another patient.");
        }
        return encounterId;
    }

    /**
     * Loads the record at the version the client saw, applies the change as the caller, and announces it: the whole of
     * a status change or a voiding.
     */
    public <T extends PatientRecord, V> V change(Class<T> kind, UUID id, String name, long expectedVersion,
            ChangeType eventType, BiConsumer<T, Stamp> change, Function<T, V> view) {
        T record = loadForChange(kind, id, name, expectedVersion);
        Stamp stamp = caller.stamp();
        change.accept(record, stamp);
        return changed(eventType, record, stamp, view);
    }

    /**
     * Stores a new record and announces it. The clock stamp is applied before the record is persisted: Hibernate
     * inserts the state captured at persist time, so a later change would cost a second write and version.
     */
    public <T extends PatientRecord, V> V created(ChangeType eventType, T record, Stamp stamp, Function<T, V> view) {
        events.stamp(record);
        records.store(record);
        return announced(eventType, record, stamp, view);
    }

    public <T extends PatientRecord, V> V changed(ChangeType eventType, T record, Stamp stamp, Function<T, V> view) {
        events.stamp(record);
        return announced(eventType, record, stamp, view);
    }

    private <T extends PatientRecord, V> V announced(ChangeType eventType, T record, Stamp stamp, Function<T, V> view) {
        records.flush();
        V state = view.apply(record);
        events.recorded(eventType, record, record.patientId().value(), stamp);
        return state;
    }
}

package org.medmesh.patient.application.replica;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.medmesh.patient.domain.model.BreakGlassGrant;
import org.medmesh.patient.domain.model.Demographics;
import org.medmesh.patient.domain.model.Patient;
import org.medmesh.patient.domain.model.PatientConsent;
import org.medmesh.shared.application.replica.Provenance;
import org.medmesh.shared.application.replica.ReplicaState;
import org.medmesh.shared.application.replica.StoredIn;

/** The patient context's records as hospitals exchange them (schema version 1 each). */
public final class PatientStates {

    private PatientStates() {
    }

    /** A registration; the sort name and search tokens are derived from the names where it is kept. */
    public record PatientState(int schemaVersion, @StoredIn("id") UUID id, @StoredIn("mrn") String mrn,
            @StoredIn("national_id") String nationalId, @StoredIn("given_name") String givenName,
            @StoredIn("family_name") String familyName, @StoredIn("birth_date") LocalDate birthDate,
            @StoredIn("sex") String sex, @StoredIn("phone") String phone, @StoredIn("email") String email,
            @StoredIn("address_line") String addressLine, @StoredIn("city") String city,
            @StoredIn("postal_code") String postalCode, @StoredIn("country") String country, Provenance record)
            implements
                ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static PatientState of(Patient patient) {
            Demographics d = patient.demographics();
            return new PatientState(SCHEMA_VERSION, patient.id(), patient.mrn(), d.nationalId(), d.givenName(),
                    d.familyName(), d.birthDate(), d.sex().name(), d.phone(), d.email(), d.addressLine(), d.city(),
                    d.postalCode(), d.country(), Provenance.of(patient));
        }
    }

    public record ConsentState(int schemaVersion, @StoredIn("id") UUID id, @StoredIn("patient_id") UUID patientId,
            @StoredIn("sharing_with_hospitals") boolean sharingWithHospitals,
            @StoredIn("sharing_changed_at") Instant sharingChangedAt,
            @StoredIn("sharing_changed_by") String sharingChangedBy,
            @StoredIn("sharing_reason") String sharingReason, @StoredIn("analytics_use") boolean analyticsUse,
            @StoredIn("analytics_changed_at") Instant analyticsChangedAt,
            @StoredIn("analytics_changed_by") String analyticsChangedBy,
            @StoredIn("analytics_reason") String analyticsReason, Provenance record) implements ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static ConsentState of(PatientConsent c) {
            return new ConsentState(SCHEMA_VERSION, c.id(), c.patientId().value(), c.sharingWithHospitals(),
                    c.sharingChangedAt(), c.sharingChangedBy(), c.sharingReason(), c.analyticsUse(),
                    c.analyticsChangedAt(), c.analyticsChangedBy(), c.analyticsReason(), Provenance.of(c));
        }
    }

    /** A break-the-glass grant; the granting hospital is {@code record.homeHospital}. */
    public record BreakGlassState(int schemaVersion, @StoredIn("id") UUID id,
            @StoredIn("patient_id") UUID patientId, @StoredIn("grantee") String grantee,
            @StoredIn("reason") String reason, @StoredIn("expires_at") Instant expiresAt, Provenance record)
            implements
                ReplicaState {

        public static final int SCHEMA_VERSION = 1;

        public static BreakGlassState of(BreakGlassGrant g) {
            return new BreakGlassState(SCHEMA_VERSION, g.id(), g.patientId().value(), g.grantee(), g.reason(),
                    g.expiresAt(), Provenance.of(g));
        }
    }
}

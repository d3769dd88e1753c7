package org.medmesh.interfaces.rest.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.medmesh.interfaces.rest.admin.BackupResource;
import org.medmesh.interfaces.rest.admin.HealthAdminResource;
import org.medmesh.interfaces.rest.admin.LeadershipResource;
import org.medmesh.interfaces.rest.admin.NotificationResource;
import org.medmesh.interfaces.rest.admin.StaffAdminResource;
import org.medmesh.interfaces.rest.audit.AuditResource;
import org.medmesh.interfaces.rest.auth.TokenResource;
import org.medmesh.interfaces.rest.clinical.AllergyResource;
import org.medmesh.interfaces.rest.clinical.ConditionResource;
import org.medmesh.interfaces.rest.clinical.EncounterResource;
import org.medmesh.interfaces.rest.clinical.NoteResource;
import org.medmesh.interfaces.rest.clinical.ObservationResource;
import org.medmesh.interfaces.rest.clinical.TreatmentResource;
import org.medmesh.interfaces.rest.hospital.HospitalResource;
import org.medmesh.interfaces.rest.medication.DispensingResource;
import org.medmesh.interfaces.rest.medication.PrescriptionResource;
import org.medmesh.interfaces.rest.notification.ClinicalAlertResource;
import org.medmesh.interfaces.rest.notification.InboxResource;
import org.medmesh.interfaces.rest.notification.NotificationStreamResource;
import org.medmesh.interfaces.rest.patient.PatientResource;
import org.medmesh.interfaces.rest.sync.ConflictResource;
import org.medmesh.interfaces.rest.sync.QuarantineResource;
import org.medmesh.interfaces.rest.sync.SyncResource;

/**
 * The components the resources' annotations refer to, which Payara starts its document from
 * ({@code mp.openapi.model.reader}): the schemas of the bodies, the parameters many operations share
 * ({@link SharedParameters}) and the problem answers ({@link ProblemAnswers}).
 * <p>
 * Payara's scanner knows only the classes of this WAR: it describes the views of the application services (EJB modules)
 * as bare objects, a UUID or a date as an object, and a request class only by the fields whose constraints it reads. So
 * the bodies' schemas are generated here from the Java types the resources take and answer with, and Payara finds them
 * by name: {@code @APIResponseSchema(X.class)} takes a copy of X's schema, and a page of X is
 * {@code @Schema(ref = "XPage")}.
 */
public class ApiComponents implements OASModelReader {

    /** The API's resources; a test fails when one is missing. */
    static final List<Class<?>> RESOURCES = List.of(PatientResource.class, EncounterResource.class,
            ObservationResource.class, ConditionResource.class, AllergyResource.class, TreatmentResource.class,
            NoteResource.class, PrescriptionResource.class, DispensingResource.class, ClinicalAlertResource.class,
            InboxResource.class, NotificationStreamResource.class, TokenResource.class, HospitalResource.class,
            AuditResource.class, SyncResource.class, ConflictResource.class, QuarantineResource.class,
            StaffAdminResource.class, BackupResource.class, HealthAdminResource.class, LeadershipResource.class,
            NotificationResource.class);

    @Override
    public OpenAPI buildModel() {
        Map<String, Schema> schemas = new TypeSchemas(ComponentTypes.heldBy(BodyTypes.of(RESOURCES))).byName();
        schemas.put(ProblemAnswers.SCHEMA, ProblemAnswers.problemDetails());
        return OASFactory.createOpenAPI().components(OASFactory.createComponents().schemas(schemas)
                .parameters(SharedParameters.byName()).responses(ProblemAnswers.byName()));
    }
}

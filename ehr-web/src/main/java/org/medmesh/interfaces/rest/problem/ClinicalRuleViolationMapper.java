package org.medmesh.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

import org.medmesh.medication.domain.model.PrescriptionConflict;
import org.medmesh.medication.domain.model.PrescriptionRefused;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.IllegalTransition;

/**
 * A clinical rule refused the request: 409 when the record's current state forbids it (illegal transition), 422
 * otherwise. A refused prescription lists each conflict so the prescriber can decide to override.
 */
@Provider
public class ClinicalRuleViolationMapper implements ExceptionMapper<ClinicalRuleViolation> {

    @Override
    public Response toResponse(ClinicalRuleViolation violation) {
        int status = violation instanceof IllegalTransition
                ? Response.Status.CONFLICT.getStatusCode()
                : Problem.UNPROCESSABLE;
        if (violation instanceof PrescriptionRefused refused) {
            JsonArrayBuilder conflicts = Json.createArrayBuilder();
            for (PrescriptionConflict conflict : refused.conflicts()) {
                conflicts.add(Json.createObjectBuilder().add("kind", conflict.kind().name())
                        .add("record", conflict.conflictingRecord().toString())
                        .add("description", conflict.description()));
            }
            return Problem.response(status, violation.code(), "Prescription needs review", violation.getMessage(),
                    Map.of("conflicts", conflicts.build()));
        }
        return Problem.response(status, violation.code(), "Refused by a clinical rule", violation.getMessage(),
                Map.of());
    }
}

package org.medmesh.interfaces.rest.medication;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.UUID;

import org.medmesh.interfaces.rest.support.CodeRequest;
import org.medmesh.medication.domain.model.Dosage;
import org.medmesh.medication.domain.model.Route;

/** A prescription to create; {@code overrideReason} is needed only when the safety check finds conflicts. */
public class PrescriptionRequest {

    @NotNull(message = "Give the patientId.")
    public UUID patientId;

    public UUID encounterId;

    @NotNull(message = "Give the drug (display, and RxNorm or other code if known).")
    @Valid
    public CodeRequest drug;

    @NotNull(message = "Give the dose.")
    @DecimalMin(value = "0.0001", message = "The dose must be positive.")
    @Digits(integer = 8, fraction = 4, message = "A dose has at most 8 digits before and 4 after the decimal point.")
    public BigDecimal dose;

    @NotBlank(message = "Give the dose unit, e.g. mg.")
    @Size(max = 32, message = "A dose unit has at most 32 characters.")
    public String doseUnit;

    @NotNull(message = "Give the route.")
    @Pattern(regexp = "ORAL|SUBLINGUAL|INTRAVENOUS|INTRAMUSCULAR|SUBCUTANEOUS|TOPICAL|INHALED|RECTAL|NASAL|OPHTHALMIC", message = "The route is ORAL, SUBLINGUAL, INTRAVENOUS, INTRAMUSCULAR, SUBCUTANEOUS, TOPICAL, INHALED, RECTAL, NASAL or OPHTHALMIC.")
    public String route;

    @NotBlank(message = "Give the frequency, e.g. 'every 8 hours'.")
    @Size(max = 64, message = "A frequency has at most 64 characters.")
    public String frequency;

    @Min(value = 1, message = "The duration is at least 1 day.")
    @Max(value = 365, message = "The duration is at most 365 days.")
    public int durationDays;

    @Size(max = 1000, message = "Instructions have at most 1000 characters.")
    public String instructions;

    @Size(max = 1000, message = "An override reason has at most 1000 characters.")
    public String overrideReason;

    Dosage toDosage() {
        return new Dosage(dose, doseUnit, Route.valueOf(route), frequency, durationDays);
    }
}

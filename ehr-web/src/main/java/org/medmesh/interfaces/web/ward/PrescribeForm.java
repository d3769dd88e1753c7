package org.medmesh.interfaces.web.ward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.medmesh.clinical.domain.model.CodedConcept;
import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.medication.application.MedicationService;
import org.medmesh.medication.domain.model.Dosage;
import org.medmesh.medication.domain.model.PrescriptionConflict;
import org.medmesh.medication.domain.model.PrescriptionRefused;
import org.medmesh.medication.domain.model.Route;
import org.medmesh.patient.domain.model.PatientId;

/**
 * Prescribing on the chart (doctors): the drug (RxNorm code and name), dose, route, frequency and duration. The
 * medication service checks it against the patient's allergies and current prescriptions; when it refuses, the page
 * lists every conflict and asks for a reason to prescribe anyway (kept with the prescription, as over the API).
 */
@Named
@ViewScoped
public class PrescribeForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";

    @Inject
    ChartPage chart;

    @Inject
    MedicationService medications;

    @Inject
    PageAudit audit;

    private String drugCode;
    private String drugName;
    private BigDecimal dose;
    private String doseUnit = "mg";
    private Route route = Route.ORAL;
    private String frequency;
    private Integer durationDays;
    private String instructions;
    private List<String> conflicts = List.of();
    private String overrideReason;

    public void prescribe() throws IOException {
        UUID patient = chart.getPatientId();
        if (patient == null) {
            return;
        }
        boolean overriding = !conflicts.isEmpty();
        try {
            audit.write(ChartPage.PAGE + "/prescriptions", patient, () -> medications.prescribe(new PatientId(patient),
                    chart.openEncounter(), new CodedConcept(RXNORM, drugCode, drugName), new Dosage(dose, doseUnit,
                            route, frequency, durationDays == null ? 0 : durationDays),
                    instructions, overriding ? overrideReason : null), prescribed -> patient);
        } catch (PrescriptionRefused e) {
            conflicts = e.conflicts().stream().map(PrescriptionConflict::description).toList();
            PageMessages.refused("Not prescribed: see the warning. To prescribe anyway, state why.");
            return;
        } catch (RuntimeException e) {
            PageMessages.failed(e);
            return;
        }
        PageMessages.done("Prescribed " + drugName + (overriding ? ", overriding the warning." : "."));
        ChartPage.reload(patient);
    }

    /** The routes offered. */
    public Route[] getRoutes() {
        return Route.values();
    }

    /** What the medication checks found, when they refused; empty otherwise. */
    public List<String> getConflicts() {
        return conflicts;
    }

    public boolean isWarned() {
        return !conflicts.isEmpty();
    }

    public String getDrugCode() {
        return drugCode;
    }

    public void setDrugCode(String drugCode) {
        this.drugCode = drugCode;
    }

    public String getDrugName() {
        return drugName;
    }

    public void setDrugName(String drugName) {
        this.drugName = drugName;
    }

    public BigDecimal getDose() {
        return dose;
    }

    public void setDose(BigDecimal dose) {
        this.dose = dose;
    }

    public String getDoseUnit() {
        return doseUnit;
    }

    public void setDoseUnit(String doseUnit) {
        this.doseUnit = doseUnit;
    }

    public Route getRoute() {
        return route;
    }

    public void setRoute(Route route) {
        this.route = route;
    }

    public String getFrequency() {
        return frequency;
    }

    public void setFrequency(String frequency) {
        this.frequency = frequency;
    }

    public Integer getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(Integer durationDays) {
        this.durationDays = durationDays;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}

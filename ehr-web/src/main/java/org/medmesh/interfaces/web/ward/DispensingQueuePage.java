package org.medmesh.interfaces.web.ward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.medication.application.MedicationService;
import org.medmesh.medication.application.PrescriptionView;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.domain.model.PatientId;

/**
 * The pharmacist's dispensing queue: the active prescriptions written at this hospital, oldest first, each with its
 * patient; dispensing one records the quantity given (the medication service moves it to DISPENSED, exactly as over the
 * API). Reading the queue is one audited read that names every patient it showed.
 */
@Named
@ViewScoped
public class DispensingQueuePage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "ward/dispensing";
    private static final int SHOWN = 200;

    /** A prescription waiting, with its patient's name and MRN. */
    public record Waiting(PrescriptionView prescription, PatientLabel patient) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    MedicationService medications;

    @Inject
    PatientService patients;

    @Inject
    PageAudit audit;

    private List<Waiting> waiting = List.of();
    private final Map<UUID, String> quantities = new HashMap<>();

    /** Loads the queue (the view action, and after each dispensing). */
    public void load() {
        try {
            waiting = audit.read(PAGE, null, () -> medications.awaitingDispensing(0, SHOWN).items().stream()
                    .map(this::withPatient).toList(),
                    shown -> shown.stream().map(w -> w.prescription().patientId()).distinct().toList());
        } catch (RuntimeException e) {
            waiting = List.of();
            PageMessages.failed(e);
        }
    }

    private Waiting withPatient(PrescriptionView p) {
        return new Waiting(p, PatientLabel.of(patients.find(new PatientId(p.patientId()))));
    }

    /** Dispenses one prescription with the quantity typed for it. */
    public void dispense(Waiting item) {
        PrescriptionView p = item.prescription();
        String quantity = quantities.get(p.id());
        if (quantity == null || quantity.isBlank()) {
            PageMessages.refused("Enter the quantity given for " + p.drug().display() + ".");
            return;
        }
        try {
            audit.write(PAGE, p.patientId(), () -> medications.dispense(p.id(), p.record().version(),
                    quantity.strip(), null), dispensed -> p.patientId());
        } catch (RuntimeException e) {
            PageMessages.failed(e);
            load();
            return;
        }
        quantities.remove(p.id());
        PageMessages.done("Dispensed " + p.drug().display() + " to " + item.patient().name() + ".");
        load();
    }

    public List<Waiting> getWaiting() {
        return waiting;
    }

    public Map<UUID, String> getQuantities() {
        return quantities;
    }
}

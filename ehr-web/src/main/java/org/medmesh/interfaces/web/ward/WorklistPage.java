package org.medmesh.interfaces.web.ward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.medmesh.clinical.application.ClinicalViews.TreatmentView;
import org.medmesh.clinical.application.TreatmentService;
import org.medmesh.clinical.application.WardWorklist;
import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.domain.model.PatientId;

/**
 * The nurse's treatment worklist: the ordered and started treatments of the encounters in progress on her ward, oldest
 * order first, each with its patient. Starting one makes her its performer; completing it records the outcome (the
 * treatment service's own transitions and checks, exactly as over the API). Reading the list is one audited read that
 * names every patient it showed.
 */
@Named
@ViewScoped
public class WorklistPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "ward/worklist";
    private static final int SHOWN = 200;

    /** An open treatment, with its patient's name and MRN. */
    public record Open(TreatmentView treatment, PatientLabel patient) implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    TreatmentService treatments;

    @Inject
    PatientService patients;

    @Inject
    PageAudit audit;

    private String ward;
    private List<Open> open = List.of();
    private final Map<UUID, String> outcomes = new HashMap<>();

    /** Loads the worklist (the view action, and after each change). */
    public void load() {
        try {
            WardWorklist list = audit.read(PAGE, null, () -> treatments.worklist(0, SHOWN),
                    shown -> shown.treatments().items().stream().map(TreatmentView::patientId).distinct().toList());
            ward = list.ward();
            open = list.treatments().items().stream().map(this::withPatient).toList();
        } catch (RuntimeException e) {
            open = List.of();
            PageMessages.failed(e);
        }
    }

    private Open withPatient(TreatmentView t) {
        return new Open(t, PatientLabel.of(patients.find(new PatientId(t.patientId()))));
    }

    /** Starts the treatment: the signed-in person becomes its performer. */
    public void start(Open item) {
        TreatmentView t = item.treatment();
        if (changed(t, () -> treatments.start(t.id(), t.record().version()))) {
            PageMessages.done("Started " + t.code().display() + " for " + item.patient().name() + ".");
        }
        load();
    }

    /** Completes the treatment with the outcome typed for it. */
    public void complete(Open item) {
        TreatmentView t = item.treatment();
        String outcome = outcomes.get(t.id());
        if (outcome == null || outcome.isBlank()) {
            PageMessages.refused("Enter the outcome of " + t.code().display() + " for " + item.patient().name() + ".");
            return;
        }
        if (changed(t, () -> treatments.complete(t.id(), t.record().version(), outcome.strip()))) {
            outcomes.remove(t.id());
            PageMessages.done("Completed " + t.code().display() + " for " + item.patient().name() + ".");
        }
        load();
    }

    private boolean changed(TreatmentView t, Supplier<TreatmentView> change) {
        try {
            audit.write(PAGE, t.patientId(), change, changed -> t.patientId());
            return true;
        } catch (RuntimeException e) {
            PageMessages.failed(e);
            return false;
        }
    }

    /** The ward listed; null when the signed-in person is assigned to none. */
    public String getWard() {
        return ward;
    }

    public List<Open> getOpen() {
        return open;
    }

    public Map<UUID, String> getOutcomes() {
        return outcomes;
    }
}

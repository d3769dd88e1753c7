package org.medmesh.interfaces.web.ward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.domain.model.PatientId;
import org.medmesh.sync.application.ConflictResolution;
import org.medmesh.sync.application.ConflictService;
import org.medmesh.sync.application.ConflictView;

/**
 * Conflict review: the concurrent edits of one record at two hospitals that replication parked, each opened with both
 * versions side by side (the fields that differ first); a doctor keeps the version every hospital holds or re-applies
 * the other, with a note. The conflict service's own role checks and consent rules apply (a conflict about a patient
 * the reviewer may not see here is listed with both versions withheld); every list and review is an audited read naming
 * the patients shown, every resolution an audited write.
 */
@Named
@ViewScoped
public class ConflictsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "ward/conflicts";
    private static final int SHOWN = 100;

    @Inject
    ConflictService conflicts;

    @Inject
    PatientService patients;

    @Inject
    PageAudit audit;

    private boolean includeResolved;
    private List<ConflictView> listed = List.of();
    private final Map<UUID, String> names = new HashMap<>();
    private ConflictView open;
    private List<StateComparison.Row> rows = List.of();
    private String note;

    /** Lists the conflicts (the view action, the filter, and after a resolution). */
    public void load() {
        try {
            listed = audit.read(PAGE, null, () -> {
                List<ConflictView> found = conflicts.list(!includeResolved, 0, SHOWN).items();
                found.stream().filter(c -> !c.restricted() && c.patientId() != null).map(ConflictView::patientId)
                        .distinct().filter(id -> !names.containsKey(id)).forEach(id -> names.put(id, name(id)));
                return found;
            }, found -> found.stream().filter(c -> !c.restricted()).map(ConflictView::patientId)
                    .filter(Objects::nonNull).distinct().toList());
        } catch (RuntimeException e) {
            listed = List.of();
            PageMessages.failed(e);
        }
    }

    private String name(UUID patient) {
        return PatientLabel.of(patients.find(new PatientId(patient))).name();
    }

    /** Opens one conflict with both versions side by side. */
    public void review(ConflictView conflict) {
        try {
            open = audit.read(PAGE, conflict.patientId(), () -> conflicts.get(conflict.id()));
            rows = StateComparison.of(open.winner().state(), open.loser().state());
            note = null;
        } catch (RuntimeException e) {
            open = null;
            rows = List.of();
            PageMessages.failed(e);
        }
    }

    public void keepWinner() {
        resolve(ConflictResolution.KEEP_WINNER, "Kept the version every hospital holds");
    }

    public void reapplyLoser() {
        resolve(ConflictResolution.REAPPLY_LOSER, "Re-applied the other version; it reaches every hospital");
    }

    private void resolve(ConflictResolution resolution, String done) {
        if (open == null) {
            PageMessages.refused("Open a conflict first.");
            return;
        }
        UUID id = open.id();
        try {
            open = audit.write(PAGE, open.patientId(), () -> conflicts.resolve(id, resolution,
                    note == null || note.isBlank() ? null : note.strip()), resolved -> resolved.patientId());
            PageMessages.done(done + ".");
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
        load();
    }

    /** The patient's name, or that the reviewer may not see it here. */
    public String patient(ConflictView conflict) {
        return conflict.restricted()
                ? "A patient whose record you may not see here"
                : names.getOrDefault(conflict.patientId(), String.valueOf(conflict.patientId()));
    }

    /** Who changed this version and when. */
    public String changedBy(ConflictView.Version version) {
        return StateComparison.changedBy(version.state());
    }

    public void setIncludeResolved(boolean includeResolved) {
        this.includeResolved = includeResolved;
    }

    public boolean isIncludeResolved() {
        return includeResolved;
    }

    public List<ConflictView> getListed() {
        return listed;
    }

    public ConflictView getOpen() {
        return open;
    }

    public List<StateComparison.Row> getRows() {
        return rows;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}

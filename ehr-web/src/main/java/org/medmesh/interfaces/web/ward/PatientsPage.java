package org.medmesh.interfaces.web.ward;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.patient.application.PatientSearchHit;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.domain.model.PatientSearch;
import org.medmesh.patient.domain.model.SearchableName;
import org.medmesh.shared.application.Page;

/**
 * Finding a patient as one types: name words (each the start of a given or family name, any case or accents), or an MRN
 * or national id when the text holds a digit. Restricted patients (not sharing their record with this hospital) are
 * found and marked: opening them asks for break-the-glass.
 */
@Named
@ViewScoped
public class PatientsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "ward/patients";
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final int PAGE_SIZE = 20;
    private static final int SHORTEST_QUERY = 2;

    @Inject
    PatientService patients;

    @Inject
    PageAudit audit;

    private String query;
    private List<PatientSearchHit> hits = List.of();
    private boolean more;

    public void search() {
        String text = query == null ? "" : query.strip();
        if (text.length() < SHORTEST_QUERY || text.length() > 200) {
            hits = List.of();
            more = false;
            return;
        }
        boolean identifier = HAS_DIGIT.matcher(text).matches();
        PatientSearch search = new PatientSearch(identifier ? List.of() : SearchableName.queryTokens(text),
                (LocalDate) null, identifier ? text : null, false, 0, PAGE_SIZE);
        try {
            Page<PatientSearchHit> page = audit.read(PAGE, null, () -> patients.search(search),
                    found -> found.items().stream().map(PatientSearchHit::id).toList());
            hits = page.items();
            more = page.hasMore();
        } catch (RuntimeException e) {
            hits = List.of();
            more = false;
            PageMessages.failed(e);
        }
    }

    /** The chart's address of a patient found. */
    public String chartOf(UUID patient) {
        return "/ward/chart.xhtml?patient=" + patient;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public List<PatientSearchHit> getHits() {
        return hits;
    }

    /** Whether more patients match than shown (narrow the search). */
    public boolean isMore() {
        return more;
    }

    /** Whether the text typed is long enough to search. */
    public boolean isSearched() {
        return query != null && query.strip().length() >= SHORTEST_QUERY;
    }
}

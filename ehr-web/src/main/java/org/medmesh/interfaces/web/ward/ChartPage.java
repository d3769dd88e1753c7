package org.medmesh.interfaces.web.ward;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.medmesh.analytics.application.AnalyticsOptedOut;
import org.medmesh.analytics.application.RiskAssessmentNotFound;
import org.medmesh.analytics.application.RiskScoringUnavailable;
import org.medmesh.analytics.application.RiskService;
import org.medmesh.analytics.application.RiskView;
import org.medmesh.chart.application.ChartService;
import org.medmesh.chart.application.ChartView;
import org.medmesh.clinical.application.ClinicalViews.NoteView;
import org.medmesh.clinical.application.ClinicalViews.ObservationView;
import org.medmesh.clinical.application.NoteService;
import org.medmesh.clinical.application.ObservationService;
import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.interfaces.web.audit.PageFailure;
import org.medmesh.interfaces.web.format.PageTimes;
import org.medmesh.patient.application.BreakGlassService;
import org.medmesh.patient.application.ConsentService;
import org.medmesh.patient.application.ConsentView;
import org.medmesh.patient.domain.model.BreakGlassReason;
import org.medmesh.patient.domain.model.ConsentRequired;
import org.medmesh.patient.domain.model.PatientId;

/**
 * A patient's chart: demographics, consent, allergies, problems, current medications, recent encounters and notes, the
 * latest vitals and their history as a chart, and the heart-risk panel. Opening it is one audited read ({@code GET
 * ward/chart}); a patient who does not share the record with this hospital offers break-the-glass (a reason required,
 * audited, the administrators told) instead.
 */
@Named
@ViewScoped
public class ChartPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "ward/chart";
    private static final int OBSERVATIONS_READ = 200;
    private static final int NOTES_SHOWN = 10;

    @Inject
    ChartService charts;

    @Inject
    PageTimes times;

    @Inject
    ObservationService observations;

    @Inject
    NoteService notes;

    @Inject
    ConsentService consents;

    @Inject
    RiskService risks;

    @Inject
    BreakGlassService breakGlass;

    @Inject
    PageAudit audit;

    private String patient;
    private UUID patientId;
    private ChartView chart;
    private ConsentView consent;
    private List<NoteView> recentNotes = List.of();
    private String vitalsChart;
    private List<ObservationView> latestResults = List.of();
    private RiskPanel risk;
    private boolean restricted;
    private String refusal;
    private String breakGlassReason;

    /** What one opening of the chart read; shown only once its reading is in the audit trail. */
    private record Loaded(ChartView chart, ConsentView consent, List<NoteView> notes, String vitalsChart,
            List<ObservationView> latestResults, RiskPanel risk) {
    }

    /** Loads the chart named by the {@code patient} parameter (the view action). */
    public void load() {
        chart = null;
        restricted = false;
        refusal = null;
        try {
            patientId = UUID.fromString(patient == null ? "" : patient.strip());
        } catch (IllegalArgumentException e) {
            refusal = "No such patient: the address does not name one.";
            return;
        }
        PatientId id = new PatientId(patientId);
        try {
            Loaded loaded = audit.read(PAGE, patientId, () -> {
                List<ObservationView> recent = observations.list(id, false, 0, OBSERVATIONS_READ).items();
                return new Loaded(charts.chart(id), consents.consent(id), notes.list(id, false, 0, NOTES_SHOWN).items(),
                        VitalsChart.of(recent, PageTimes.zone()), LatestResults.of(recent), riskOf(id));
            });
            chart = loaded.chart();
            consent = loaded.consent();
            recentNotes = loaded.notes();
            vitalsChart = loaded.vitalsChart();
            latestResults = loaded.latestResults();
            risk = loaded.risk();
        } catch (ConsentRequired e) {
            restricted = true;
            refusal = PageFailure.of(e).message();
        } catch (RuntimeException e) {
            refusal = PageFailure.of(e).message();
        }
    }

    /** Breaks the glass for the restricted patient with the reason given, then opens the chart. */
    public void breakTheGlass() throws IOException {
        PatientId id = new PatientId(patientId);
        try {
            audit.write(PAGE + "/break-glass", patientId, () -> breakGlass.breakGlass(id,
                    new BreakGlassReason(breakGlassReason)), grant -> patientId);
        } catch (RuntimeException e) {
            PageMessages.failed(e);
            return;
        }
        PageMessages.done("Emergency access granted and recorded; the administrators have been told.");
        reload(patientId);
    }

    private RiskPanel riskOf(PatientId id) {
        try {
            RiskView latest = risks.latest(id);
            return RiskPanel.of(latest, times.dated(latest.assessedAt()));
        } catch (AnalyticsOptedOut e) {
            return RiskPanel.unavailable("The patient opted out of analytics: no risk is computed.");
        } catch (RiskAssessmentNotFound e) {
            return RiskPanel.unavailable("Not assessed yet: the risk is computed once the inputs are recorded.");
        } catch (RiskScoringUnavailable e) {
            return RiskPanel.unavailable("Risk scoring is not available at this hospital.");
        } catch (EJBException e) {
            return RiskPanel.unavailable("Risk scoring is not available right now.");
        }
    }

    /** The patient whose chart this is (null before it loaded). */
    public UUID getPatientId() {
        return chart == null ? null : patientId;
    }

    /** The encounter in progress, if the patient has one: where new vitals and prescriptions belong. */
    public UUID openEncounter() {
        return chart == null
                ? null
                : chart.recentEncounters().stream()
                        .filter(e -> "IN_PROGRESS".equals(e.status()) && e.endedAt() == null).map(e -> e.id())
                        .findFirst()
                        .orElse(null);
    }

    /** Opens the chart again (after a change made on it). */
    static void reload(UUID patient) throws IOException {
        PageMessages.redirect("/ward/chart.xhtml?patient=" + patient);
    }

    /** A measured value as written on a ward ({@code 131}, {@code 37.5}), without trailing zeros. */
    public String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    public String getPatient() {
        return patient;
    }

    public void setPatient(String patient) {
        this.patient = patient;
    }

    public ChartView getChart() {
        return chart;
    }

    public ConsentView getConsent() {
        return consent;
    }

    public List<NoteView> getRecentNotes() {
        return recentNotes;
    }

    /** The latest result of each test and examination recorded. */
    public List<ObservationView> getLatestResults() {
        return latestResults;
    }

    public String getVitalsChart() {
        return vitalsChart;
    }

    public RiskPanel getRisk() {
        return risk;
    }

    public boolean isRestricted() {
        return restricted;
    }

    public String getRefusal() {
        return refusal;
    }

    public String getBreakGlassReason() {
        return breakGlassReason;
    }

    public void setBreakGlassReason(String breakGlassReason) {
        this.breakGlassReason = breakGlassReason;
    }
}

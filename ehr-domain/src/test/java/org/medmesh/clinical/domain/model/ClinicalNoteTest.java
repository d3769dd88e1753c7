package org.medmesh.clinical.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.medmesh.clinical.domain.model.Fixtures.NOW;
import static org.medmesh.clinical.domain.model.Fixtures.PATIENT;
import static org.medmesh.clinical.domain.model.Fixtures.by;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmesh.shared.domain.model.ClinicalRuleViolation;
import org.medmesh.shared.domain.model.HospitalId;
import org.medmesh.shared.domain.model.Stamp;
import org.medmesh.shared.domain.model.TextRejected;

class ClinicalNoteTest {

    private static ClinicalNote nursingNote() {
        return new ClinicalNote(PATIENT, null, NoteType.NURSING, "Slept well.", null, by("nurse.a"));
    }

    @Test
    void shouldKeepLineBreaksAndTabsOfTheText() {
        ClinicalNote note = new ClinicalNote(PATIENT, null, NoteType.PROGRESS,
                "  Slept well.\r\nPain:\t2/10\nMobile.\n", null, by("dr.a"));
        assertThat(note.text()).isEqualTo("Slept well.\r\nPain:\t2/10\nMobile.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Slept\u0000 well.", "Slept well.\u0007", "\u202EParacetamol 500", "Dose \u2066x\u2069",
            "\u202Aembedded", "\u200B", " \u00A0\n\t\u3000 "})
    void shouldRefuseNulOtherControlCharactersBidiOverridesAndTextThatShowsNothing(String text) {
        assertThatThrownBy(() -> new ClinicalNote(PATIENT, null, NoteType.NURSING, text, null, by("nurse.a")))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    @Test
    void shouldLetOnlyTheAuthorVoidANoteWithTheErrorAmendingGives() {
        ClinicalNote note = nursingNote();
        assertThatThrownBy(() -> note.voidRecord(by("dr.a"), "wrong patient"))
                .isInstanceOfSatisfying(NotTheAuthor.class, e -> assertThat(e.code()).isEqualTo("not-the-author"))
                .hasMessage("Only the author (nurse.a at hospA) can void this note; write a new note instead.");
        assertThatThrownBy(() -> note.requireAuthor(by("dr.a"), "amend")).isInstanceOf(NotTheAuthor.class)
                .hasMessage("Only the author (nurse.a at hospA) can amend this note; write a new note instead.");
        assertThat(note.voided()).isFalse();

        note.voidRecord(by("nurse.a"), "wrong patient");
        assertThat(note.voided()).isTrue();
        assertThat(note.voidedBy()).isEqualTo("nurse.a");
    }

    @Test
    void shouldNotTakeTheSameUsernameAtAnotherHospitalForTheAuthor() {
        ClinicalNote note = nursingNote();
        Stamp namesake = new Stamp("nurse.a", new HospitalId("hospB"), NOW);
        assertThatThrownBy(() -> note.voidRecord(namesake, "wrong patient")).isInstanceOf(NotTheAuthor.class);
        assertThatThrownBy(() -> note.requireAuthor(namesake, "amend")).isInstanceOf(NotTheAuthor.class);
    }

    @Test
    void shouldStillRequireAVisibleReasonFromTheAuthor() {
        ClinicalNote note = nursingNote();
        assertThatThrownBy(() -> note.voidRecord(by("nurse.a"), "\u200B\u00A0"))
                .isInstanceOf(ClinicalRuleViolation.class).hasMessage("Give a reason for voiding this record.");
    }
}

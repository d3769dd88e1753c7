package org.medmesh.patient.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmesh.shared.domain.model.TextRejected;

class DemographicsTest {

    private static final LocalDate BORN = LocalDate.of(1961, 4, 12);

    @Test
    void shouldKeepNamesOfAnyScriptStrippedOfOuterSpaces() {
        Demographics d = new Demographics("  Zoë ", "Müller-Lüdenscheidt", BORN, Sex.FEMALE, "AB-12", null, null,
                null, "Graz", null, "AT");
        assertThat(d.givenName()).isEqualTo("Zoë");
        assertThat(d.familyName()).isEqualTo("Müller-Lüdenscheidt");
        assertThat(d.nationalId()).isEqualTo("AB-12");
        assertThat(d.phone()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna\r\nMaria", "Anna\n", "An\u0000na", "An\tna", "\u202EannA", "An\u200Bna",
            "\u2066Anna\u2069"})
    void shouldRefuseAGivenNameWithControlOrFormatCharacters(String name) {
        assertRefusedField("givenName", new String[]{name, "Meier", null, null, null, null, null, null});
    }

    @Test
    void shouldNameEveryIdentifyingFieldItRefuses() {
        String hidden = "x\u200By";
        assertRefusedField("familyName", new String[]{"Anna", hidden, null, null, null, null, null, null});
        assertRefusedField("nationalId", new String[]{"Anna", "Meier", hidden, null, null, null, null, null});
        assertRefusedField("phone", new String[]{"Anna", "Meier", null, "+43\n1", null, null, null, null});
        assertRefusedField("email", new String[]{"Anna", "Meier", null, null, hidden, null, null, null});
        assertRefusedField("addressLine", new String[]{"Anna", "Meier", null, null, null, "Main St\r\n1", null,
                null});
        assertRefusedField("city", new String[]{"Anna", "Meier", null, null, null, null, "Gr\u202Eaz", null});
        assertRefusedField("postalCode", new String[]{"Anna", "Meier", null, null, null, null, null, "80\u000010"});
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u00A0", "\u3000", "\u200B", "\u2003"})
    void shouldRefuseAFamilyNameThatShowsNothing(String name) {
        assertThatThrownBy(() -> new Demographics("Anna", name, BORN, Sex.FEMALE, null, null, null, null, null, null,
                null)).isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo("familyName"));
    }

    private static void assertRefusedField(String field, String[] v) {
        assertThatThrownBy(() -> new Demographics(v[0], v[1], BORN, Sex.FEMALE, v[2], v[3], v[4], v[5], v[6], v[7],
                null)).isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}

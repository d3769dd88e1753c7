package org.medmesh.patient.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmesh.shared.domain.model.TextRejected;

class BreakGlassReasonTest {

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "\t\r\n", "\u00A0", "\u00A0\u00A0", "\u2000\u2001\u2002\u2003\u2004\u2005",
            "\u2006\u2007\u2008\u2009\u200A", "\u3000", "\uFEFF", "\u200B", "\u200B\u200C\u200D", "\u200E\u200F",
            "\u2060", "\u0000", "\u202A\u202C", "\u2066\u2069", " \u00A0\u200B\u3000\uFEFF "})
    void shouldRefuseAReasonWithoutVisibleText(String reason) {
        assertThatThrownBy(() -> new BreakGlassReason(reason))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo("reason"))
                .hasMessageStartingWith("State why you need emergency access");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Unconscious\u0000 in the ER", "\u202Emoor ycnegreme", "ER \u2066x\u2069"})
    void shouldRefuseNulAndBidiOverridesInAReason(String reason) {
        assertThatThrownBy(() -> new BreakGlassReason(reason))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo("reason"));
    }

    @Test
    void shouldKeepAReasonThatShowsWithoutItsOuterWhiteSpace() {
        assertThat(new BreakGlassReason("  Unconscious in the emergency room\n").text())
                .isEqualTo("Unconscious in the emergency room");
        assertThat(new BreakGlassReason("\u200BX").text()).as("one visible character is enough").isEqualTo("\u200BX");
    }
}

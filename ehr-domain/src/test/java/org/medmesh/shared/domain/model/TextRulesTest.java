package org.medmesh.shared.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Anna\nMaria", "Anna\r\n", "An\u0000na", "An\tna", "\u0007Anna", "Anna\u0085",
            "An\u200Bna", "An\u200Ena", "An\u200Fna", "\u202EannA", "An\u202Ana", "\u2066Anna\u2069", "\uFEFFAnna",
            "An\u00ADna"})
    void shouldRefuseControlAndFormatCharactersInIdentifyingText(String name) {
        assertThatThrownBy(() -> TextRules.requireIdentifying(name, "givenName"))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo("givenName"))
                .hasMessageStartingWith("'givenName' holds an invisible or control character (U+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Zoë Müller-Lüdenscheidt", "O'Brien", "José María", "Nguyễn", "山田 太郎", "محمد",
            "Anna\u00A0Maria", "😀", "AB-1234"})
    void shouldKeepLettersMarksSpacesAndPunctuationOfEveryScriptInIdentifyingText(String name) {
        assertThat(TextRules.requireIdentifying(name, "givenName")).isEqualTo(name);
    }

    @Test
    void shouldNameTheCharacterAndItsPositionCountingCodePoints() {
        assertThatThrownBy(() -> TextRules.requireIdentifying("😀A\u202Eb", "familyName"))
                .hasMessage("'familyName' holds an invisible or control character (U+202E) at position 3; remove it.");
    }

    @Test
    void shouldLetAnAbsentOptionalFieldPass() {
        assertThat(TextRules.requireIdentifying(null, "nationalId")).isNull();
        assertThat(TextRules.requireProse(null, "text")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Slept well.\nPain 2/10.", "Line one\r\nLine two", "Dose:\t5 mg", "Zero\u200Bwidth",
            "עברית and English", "\u200E→ left-to-right mark"})
    void shouldKeepLineBreaksTabsAndOtherFormatCharactersInProse(String text) {
        assertThat(TextRules.requireProse(text, "text")).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nul\u0000", "bell\u0007", "escape\u001B[31m", "delete\u007F", "next line\u0085",
            "\u202Aembedding", "\u202Bembedding", "\u202Cpop", "\u202Doverride", "\u202Eoverride", "\u2066isolate",
            "\u2067isolate", "\u2068isolate", "isolate\u2069"})
    void shouldRefuseOtherControlCharactersAndBidiOverridesAndIsolatesInProse(String text) {
        assertThatThrownBy(() -> TextRules.requireProse(text, "text"))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo("text"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t\r\n", "\u00A0", "\u2000\u2005\u200A", "\u3000", "\uFEFF", "\u200B",
            "\u200E\u200F", "\u202E\u2066\u2069", "\u2028\u2029", "\u0000", " \u00A0\u200B\u3000 "})
    void shouldFindNoVisibleTextInWhitespaceFormatAndControlCharacters(String text) {
        assertThat(TextRules.hasVisibleText(text)).isFalse();
        assertThatThrownBy(() -> TextRules.requireVisible(text, "reason", "State why."))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo("reason"))
                .hasMessage("State why.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"x", "\u200Bx\u200B", "\u00A0.\u00A0", "😀", "山"})
    void shouldFindVisibleTextWhereOneCharacterShows(String text) {
        assertThat(TextRules.hasVisibleText(text)).isTrue();
        assertThat(TextRules.requireVisible(text, "reason", "State why.")).isEqualTo(text);
    }

    @Test
    void shouldFindNoVisibleTextInNull() {
        assertThat(TextRules.hasVisibleText(null)).isFalse();
    }
}

package org.medmesh.patient.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchableNameTest {

    @Test
    void shouldFoldAccentsCaseAndSpecialLetters() {
        assertThat(SearchableName.fold("Zoë MÜLLER-Łukasik")).isEqualTo("zoe muller lukasik");
        assertThat(SearchableName.fold("Straße Ørsted Æbelø")).isEqualTo("strasse orsted aebelo");
    }

    @Test
    void shouldIndexEachNameWordOnce() {
        assertThat(SearchableName.tokens("Anna Maria", "García García")).containsExactly("anna", "maria", "garcia");
    }

    @Test
    void shouldStripEverythingThatCouldActAsALikeWildcard() {
        assertThat(SearchableName.queryTokens("jo% _smi'th")).containsExactly("jo", "smi", "th");
        assertThat(SearchableName.queryTokens(null)).isEmpty();
        assertThat(SearchableName.queryTokens("  ")).isEmpty();
    }
}

package org.medmesh.interfaces.condition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DegradedModeAnswersTest {

    @Test
    void shouldAnswerAtOnceWhatNeedsTheDatabase() {
        assertThat(DegradedModeAnswers.needsTheDatabase("api-patients", false)).isTrue();
        assertThat(DegradedModeAnswers.needsTheDatabase("api-prescriptions", true)).isTrue();
        assertThat(DegradedModeAnswers.needsTheDatabase("api-auth", true)).as("a local sign-in").isTrue();
        assertThat(DegradedModeAnswers.needsTheDatabase("ward-pages", false)).isTrue();
        assertThat(DegradedModeAnswers.needsTheDatabase("admin-pages", true)).isTrue();
        assertThat(DegradedModeAnswers.needsTheDatabase("sign-in", false)).isTrue();
    }

    @Test
    void shouldServeWhatNeedsNoDatabase() {
        assertThat(DegradedModeAnswers.needsTheDatabase("api-hospital", false)).isFalse();
        assertThat(DegradedModeAnswers.needsTheDatabase("health", false)).isFalse();
        assertThat(DegradedModeAnswers.needsTheDatabase("metrics", false)).isFalse();
        assertThat(DegradedModeAnswers.needsTheDatabase("openapi", false)).isFalse();
        assertThat(DegradedModeAnswers.needsTheDatabase("static", false)).isFalse();
        assertThat(DegradedModeAnswers.needsTheDatabase("api-other", true)).as("not found either way").isFalse();
    }
}

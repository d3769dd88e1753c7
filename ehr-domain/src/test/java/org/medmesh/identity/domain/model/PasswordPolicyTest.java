package org.medmesh.identity.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @Test
    void shouldAcceptALongUncommonPassphrase() {
        assertThat(PasswordPolicy.violations("dr.a", "violet kettle orbit 7".toCharArray())).isEmpty();
    }

    @Test
    void shouldAcceptExactlyTwelveAndExactly128Characters() {
        assertThat(PasswordPolicy.violations("dr.a", "kqz7-vbn3-wp".toCharArray())).isEmpty();
        assertThat(PasswordPolicy.violations("dr.a", "x7".repeat(64).toCharArray())).isEmpty();
    }

    @Test
    void shouldRefuseFewerThanTwelveCharactersCountingCodePoints() {
        assertThat(PasswordPolicy.violations("dr.a", "kqz7-vbn3-w".toCharArray()))
                .containsExactly("A password has at least 12 characters.");
        assertThat(PasswordPolicy.violations("dr.a", "😀😀😀😀😀😀😀😀😀😀😀".toCharArray())).hasSize(1);
        assertThat(PasswordPolicy.violations("dr.a", null)).hasSize(1);
    }

    @Test
    void shouldRefuseMoreThan128Characters() {
        assertThat(PasswordPolicy.violations("dr.a", "x7".repeat(64).concat("y").toCharArray()))
                .containsExactly("A password has at most 128 characters.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nurse.jones-2026!", "NURSE.JONES-summer", "my-Nurse.Jones-pw"})
    void shouldRefuseAPasswordContainingTheUsernameIgnoringCase(String password) {
        assertThat(PasswordPolicy.violations("nurse.jones", password.toCharArray()))
                .containsExactly("A password must not contain the username.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "Password1234", "qwertyuiop123", "correcthorsebatterystaple",
            "Welcome2026!"})
    void shouldRefuseCommonPasswordsIgnoringCase(String password) {
        assertThat(PasswordPolicy.violations("dr.a", password.toCharArray()))
                .containsExactly("This password is too common; choose one that others are unlikely to use.");
    }

    @Test
    void shouldListEveryBrokenRuleAndNameTheField() {
        assertThatThrownBy(() -> PasswordPolicy.require("admin", "admin".toCharArray(), "newPassword"))
                .isInstanceOfSatisfying(PasswordRejected.class, rejected -> {
                    assertThat(rejected.field()).isEqualTo("newPassword");
                    assertThat(rejected.rules()).hasSize(2);
                });
    }
}

package org.medmesh.identity.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.medmesh.shared.domain.model.TextRejected;

class StaffAccountTest {

    @Test
    void shouldStartEnabledWithTheGivenRole() {
        StaffAccount account = new StaffAccount(StaffId.next(), "dr.house", "Gregory House", StaffRole.DOCTOR,
                "PBKDF2WithHmacSHA512:1:c2FsdA==:aGFzaA==", Instant.EPOCH, "admin.a");
        assertThat(account.enabled()).isTrue();
        assertThat(account.role().roleName()).isEqualTo("doctor");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "Dr.House", "dr house", ".dr", "dr:house"})
    void shouldRejectMalformedUsernames(String username) {
        assertThatThrownBy(() -> StaffAccount.requireUsername(username))
                .hasMessageContaining("username must be");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gregory\nHouse", "Gregory\r\nHouse", "Greg\u0000ory", "Gregory\tHouse",
            "\u202EesuoH yrogerG", "Greg\u200Bory", "\u200B", "\u00A0\u3000"})
    void shouldRefuseADisplayNameWithControlOrInvisibleCharactersOrNothingToShow(String displayName) {
        assertThatThrownBy(() -> new StaffAccount(StaffId.next(), "dr.house", displayName, StaffRole.DOCTOR,
                "PBKDF2WithHmacSHA512:1:c2FsdA==:aGFzaA==", Instant.EPOCH, "admin.a"))
                .isInstanceOfSatisfying(TextRejected.class, e -> assertThat(e.field()).isEqualTo("displayName"));
    }

    @Test
    void shouldKeepADisplayNameOfAnyScriptWithoutOuterSpaces() {
        StaffAccount account = new StaffAccount(StaffId.next(), "dr.yamada", "  山田 太郎 ", StaffRole.DOCTOR,
                "PBKDF2WithHmacSHA512:1:c2FsdA==:aGFzaA==", Instant.EPOCH, "admin.a");
        assertThat(account.displayName()).isEqualTo("山田 太郎");
    }

    @Test
    void shouldMapRoleNamesBothWays() {
        for (StaffRole role : StaffRole.values()) {
            assertThat(StaffRole.fromRoleName(role.roleName().toUpperCase())).isEqualTo(role);
        }
        assertThatThrownBy(() -> StaffRole.fromRoleName("surgeon")).hasMessageContaining("unknown role 'surgeon'");
    }

    private static StaffAccount doctor() {
        return new StaffAccount(StaffId.next(), "dr.house", "Gregory House", StaffRole.DOCTOR,
                "PBKDF2WithHmacSHA512:1:c2FsdA==:aGFzaA==", Instant.EPOCH, "admin.a");
    }

    @Test
    void shouldRefuseTokensIssuedBeforeARoleChangeAndAcceptTokensIssuedRightAfter() {
        StaffAccount account = doctor();
        Instant change = Instant.parse("2026-12-02T08:00:00.400Z");
        Instant earlierThatSecond = Instant.parse("2026-12-02T08:00:00Z");
        assertThat(account.acceptsTokenIssuedAt(earlierThatSecond)).isTrue();

        account.changeRole(StaffRole.NURSE, "admin.a", change);

        assertThat(account.acceptsTokenIssuedAt(earlierThatSecond)).isFalse();
        Instant issued = account.tokenIssueInstant(change.plusMillis(100));
        assertThat(issued).isEqualTo(Instant.parse("2026-12-02T08:00:01Z"));
        assertThat(account.acceptsTokenIssuedAt(issued)).isTrue();
        assertThat(account.tokenIssueInstant(change.plusSeconds(5))).isEqualTo(Instant.parse("2026-12-02T08:00:05Z"));
        assertThat(account.changedBy()).isEqualTo("admin.a");
        assertThat(account.changedAt()).isEqualTo(change);
    }

    @Test
    void shouldRefuseOldTokensAfterDisableAndPasswordChangeButNotAfterEnable() {
        StaffAccount account = doctor();
        Instant t = Instant.parse("2026-12-02T08:00:00Z");
        account.disable("admin.a", t);
        assertThat(account.enabled()).isFalse();
        assertThat(account.acceptsTokenIssuedAt(t)).isFalse();

        account.enable("admin.b", t.plusSeconds(10));
        assertThat(account.enabled()).isTrue();
        assertThat(account.acceptsTokenIssuedAt(t)).as("enable does not revive old tokens").isFalse();
        assertThat(account.acceptsTokenIssuedAt(t.plusSeconds(5))).isTrue();

        account.changePassword("PBKDF2WithHmacSHA512:1:bmV3:aGFzaA==", "dr.house", t.plusSeconds(20));
        assertThat(account.acceptsTokenIssuedAt(t.plusSeconds(20))).isFalse();
        assertThat(account.acceptsTokenIssuedAt(t.plusSeconds(21))).isTrue();
    }

    @Test
    void shouldRefuseATokenIssuedBetweenTwoChangesInTheSameSecond() {
        StaffAccount account = doctor();
        Instant t = Instant.parse("2026-12-02T08:00:00.100Z");
        account.changeRole(StaffRole.NURSE, "admin.a", t);
        Instant between = account.tokenIssueInstant(t.plusMillis(100));
        assertThat(account.acceptsTokenIssuedAt(between)).isTrue();

        account.disable("admin.a", t.plusMillis(200));

        assertThat(account.acceptsTokenIssuedAt(between)).isFalse();
        assertThat(account.acceptsTokenIssuedAt(account.tokenIssueInstant(t.plusMillis(300)))).isTrue();
    }
}

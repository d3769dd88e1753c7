package org.medmesh.interfaces.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medmesh.identity.domain.model.Roles;

class DerivedAnswersTest {

    private static final Set<String> CLINICIANS = Set.of(Roles.DOCTOR, Roles.NURSE);
    private static final Set<String> EVERY_STAFF_ROLE = Set.copyOf(Roles.STAFF);

    @Test
    void shouldAnswerForbiddenWhereTheRolesLeaveOutAStaffRole() {
        assertThat(DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/sync/status", true, Set.of(Roles.ADMIN), false,
                Set.of(), Set.of()))).containsExactly(Map.entry("403", "forbidden"));
        assertThat(
                DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/auth/me", true, EVERY_STAFF_ROLE, false, Set.of(),
                        Set.of())))
                .isEmpty();
        assertThat(DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/hospital", false, Set.of(), false, Set.of(),
                Set.of()))).isEmpty();
    }

    @Test
    void shouldAnswerStaleVersionAndIfMatchRequiredWhereIfMatchIsTaken() {
        assertThat(DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/treatments/{id}/start", true, CLINICIANS, false,
                Set.of(), Set.of("if-match")))).containsOnlyKeys("403", "404", "412", "428")
                .containsEntry("412", "staleVersion").containsEntry("428", "ifMatchRequired");
    }

    @Test
    void shouldAnswerNotFoundWhereThePathHasAParameter() {
        assertThat(DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/notifications/inbox/{seq}/read", true,
                EVERY_STAFF_ROLE, false, Set.of(), Set.of()))).containsExactly(Map.entry("404", "notFound"));
        assertThat(
                DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/notifications/inbox/read", true, EVERY_STAFF_ROLE,
                        false, Set.of(), Set.of())))
                .isEmpty();
    }

    @Test
    void shouldAnswerInvalidRequestToABodyOrPagingButNotToAPathOrAnotherQueryParameter() {
        assertThat(DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/auth/token", false, Set.of(), true, Set.of(),
                Set.of()))).containsExactly(Map.entry("400", "invalidRequest"));
        assertThat(
                DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/notifications/inbox", true, EVERY_STAFF_ROLE, false,
                        Set.of("unread", "page", "size", "includeVoided"), Set.of())))
                .containsExactly(Map.entry("400", "invalidRequest"));
        assertThat(DerivedAnswers
                .of(new DerivedAnswers.Shape("/api/v1/admin/backups/{id}", true, Set.of(Roles.ADMIN), false,
                        Set.of(), Set.of())))
                .doesNotContainKey("400");
        assertThat(DerivedAnswers.of(new DerivedAnswers.Shape("/api/v1/admin/backups", true, Set.of(Roles.ADMIN), false,
                Set.of("limit"), Set.of()))).doesNotContainKey("400");
    }

    @Test
    void shouldReadTheRolesOfAnOperationElseOfItsResource() {
        Map<String, Set<String>> roles = DerivedAnswers.rolesByOperation(ApiComponents.RESOURCES);
        assertThat(roles.get("addAllergy")).isEqualTo(CLINICIANS);
        assertThat(roles.get("getCaller")).isEqualTo(EVERY_STAFF_ROLE);
        assertThat(roles.get("listInbox")).isEqualTo(EVERY_STAFF_ROLE);
        assertThat(roles.get("listStaffAccounts")).containsExactly(Roles.ADMIN);
        assertThat(roles).doesNotContainKeys("signIn", "getHospital");
    }
}

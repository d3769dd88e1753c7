package org.medmesh.interfaces.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.medmesh.identity.application.UsernameTakenException;
import org.medmesh.identity.domain.model.PasswordRejected;
import org.medmesh.shared.domain.model.AccessRefused;
import org.medmesh.shared.domain.model.RecordNotFound;

class PageFailureTest {

    @Test
    void aRefusalIsWordedWithTheStatusTheApiWouldAnswer() {
        assertThat(PageFailure.of(new EJBAccessException("x"))).isEqualTo(new PageFailure(403,
                "Your role does not allow this."));
        assertThat(PageFailure.of(new AccessRefused("MedicationService.awaitingDispensing")))
                .as("the service's role check, without the operation's name").isEqualTo(new PageFailure(403,
                        "Your role does not allow this."));
        assertThat(PageFailure.of(new PasswordRejected("password", List.of("A password has at least 12 characters.",
                "A password must not contain the username.")))).isEqualTo(new PageFailure(400,
                        "A password has at least 12 characters. A password must not contain the username."));
        assertThat(PageFailure.of(new UsernameTakenException())).isEqualTo(new PageFailure(409,
                "An account with this username exists already; choose another username."));
        assertThat(PageFailure.of(new IllegalArgumentException("enter the given (first) name")))
                .isEqualTo(new PageFailure(400, "Enter the given (first) name."));
        PageFailure notFound = PageFailure.of(new EJBException(new RecordNotFound("patient", "42")));
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.expected()).isTrue();
    }

    @Test
    void anUnexpectedErrorSaysNothingOfItsCause() {
        PageFailure failure = PageFailure.of(new IllegalStateException("connection to db-7 refused: secret"));
        assertThat(failure).isEqualTo(PageFailure.UNEXPECTED);
        assertThat(failure.message()).doesNotContain("db-7").contains("nothing was changed");
        assertThat(failure.expected()).isFalse();
    }
}

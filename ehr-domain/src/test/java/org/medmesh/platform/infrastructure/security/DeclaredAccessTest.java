package org.medmesh.platform.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medmesh.clinical.application.internal.DefaultNoteService;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.notification.application.internal.DefaultAdministratorAlerts;

/**
 * What the interceptor enforces, read from the real services: an implementation method is held to its interface's
 * declaration, and a method no interface declares is left to the container.
 */
class DeclaredAccessTest {

    @Test
    void anOperationIsHeldToWhatItsInterfaceDeclares() {
        DeclaredAccess write = declared(DefaultNoteService.class, "write");

        assertThat(write.everyone()).isFalse();
        assertThat(write.roles()).containsExactlyInAnyOrder(Roles.DOCTOR, Roles.NURSE);
        assertThat(write.allows(Set.of(Roles.NURSE)::contains)).isTrue();
        assertThat(write.allows(Set.of(Roles.PHARMACIST, Roles.ADMIN)::contains)).isFalse();
        assertThat(write.allows(role -> false)).as("a caller without a role").isFalse();
    }

    @Test
    void anOperationOpenToEveryoneAllowsACallerWithoutARole() {
        assertThat(declared(DefaultAdministratorAlerts.class, "syncQuarantined").allows(role -> false)).isTrue();
    }

    @Test
    void aMethodNoInterfaceDeclaresIsLeftToTheContainer() throws NoSuchMethodException {
        assertThat(DeclaredAccess.of(Object.class.getMethod("toString"))).isEmpty();
        assertThat(DeclaredAccess.of(DefaultNoteService.class.getMethod("toString"))).isEmpty();
    }

    private static DeclaredAccess declared(Class<?> bean, String name) {
        for (Method method : bean.getMethods()) {
            if (method.getName().equals(name) && method.getDeclaringClass() == bean) {
                Optional<DeclaredAccess> access = DeclaredAccess.of(method);
                assertThat(access).as(bean.getSimpleName() + "." + name + " declared").isPresent();
                return access.orElseThrow();
            }
        }
        throw new AssertionError(bean.getSimpleName() + " has no method " + name);
    }
}

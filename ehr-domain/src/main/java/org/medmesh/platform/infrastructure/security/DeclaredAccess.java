package org.medmesh.platform.infrastructure.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who may call an operation, as the application service interface that declares it says: anyone ({@code @PermitAll}),
 * no one ({@code @DenyAll}) or callers in one of some roles ({@code @RolesAllowed}).
 *
 * @param roles the roles that may call it; empty with {@code everyone} false means no one
 */
public record DeclaredAccess(boolean everyone, Set<String> roles) {

    /**
     * The declaration of the interface operation that {@code implemented} (a method of a bean class) implements; empty
     * when no interface of its class declares one (the bean's own rules apply then).
     */
    public static Optional<DeclaredAccess> of(Method implemented) {
        for (Class<?> type = implemented.getDeclaringClass(); type != null; type = type.getSuperclass()) {
            for (Class<?> service : type.getInterfaces()) {
                Optional<DeclaredAccess> declared = declaredOn(service, implemented);
                if (declared.isPresent()) {
                    return declared;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<DeclaredAccess> declaredOn(Class<?> service, Method implemented) {
        Method operation;
        try {
            operation = service.getMethod(implemented.getName(), implemented.getParameterTypes());
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
        RolesAllowed roles = operation.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return Optional.of(new DeclaredAccess(false, Set.copyOf(Arrays.asList(roles.value()))));
        }
        if (operation.isAnnotationPresent(PermitAll.class)) {
            return Optional.of(new DeclaredAccess(true, Set.of()));
        }
        if (operation.isAnnotationPresent(DenyAll.class)) {
            return Optional.of(new DeclaredAccess(false, Set.of()));
        }
        return Optional.empty();
    }

    /** Whether a caller for whom {@code inRole} holds may call the operation. */
    public boolean allows(Predicate<String> inRole) {
        return everyone || roles.stream().anyMatch(inRole);
    }
}

package org.medmesh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.medmesh.interfaces.rest.security.AllowedRoles;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The API never lets a role in that the service behind it refuses: for every resource operation, the roles of its
 * {@link AllowedRoles} are among those the application service operations it calls declare (directly or through the
 * resource's own private helpers). The service's declaration is the reference; the resource only answers earlier.
 */
class ResourceRolesTest {

    private static final List<JavaClass> RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.medmesh.interfaces.rest").stream()
            .filter(c -> c.isAnnotatedWith("jakarta.ws.rs.Path")).toList();

    @Test
    void aResourceNeverAllowsARoleItsServiceRefuses() throws ReflectiveOperationException {
        List<String> wider = new ArrayList<>();
        int checked = 0;
        for (JavaClass resource : RESOURCES) {
            for (JavaMethod operation : resource.getMethods()) {
                Set<String> allowed = allowedRoles(resource, operation);
                if (allowed == null) {
                    continue;
                }
                for (JavaMethodCall call : serviceCallsOf(operation)) {
                    Method service = serviceMethod(call);
                    checked++;
                    if (service.isAnnotationPresent(PermitAll.class)) {
                        continue;
                    }
                    RolesAllowed declared = service.getAnnotation(RolesAllowed.class);
                    Set<String> refused = new TreeSet<>(allowed);
                    refused.removeAll(declared == null ? Set.of() : Arrays.asList(declared.value()));
                    if (!refused.isEmpty()) {
                        wider.add(resource.getSimpleName() + "." + operation.getName() + " lets " + refused
                                + " call " + service.getDeclaringClass().getSimpleName() + "." + service.getName());
                    }
                }
            }
        }
        assertThat(checked).as("resource → service calls checked").isGreaterThan(50);
        assertThat(wider).isEmpty();
    }

    /** The roles a resource operation lets in, or null when it is not a protected operation. */
    private static Set<String> allowedRoles(JavaClass resource, JavaMethod operation) {
        if (!operation.getModifiers().contains(JavaModifier.PUBLIC)) {
            return null;
        }
        AllowedRoles roles = operation.isAnnotatedWith(AllowedRoles.class)
                ? operation.getAnnotationOfType(AllowedRoles.class)
                : resource.isAnnotatedWith(AllowedRoles.class)
                        ? resource.getAnnotationOfType(AllowedRoles.class)
                        : null;
        return roles == null ? null : new TreeSet<>(Arrays.asList(roles.value()));
    }

    /** Calls of application service operations from the method and the private helpers of its class it calls. */
    private static List<JavaMethodCall> serviceCallsOf(JavaMethod operation) {
        List<JavaMethodCall> calls = new ArrayList<>();
        Set<JavaCodeUnit> seen = new HashSet<>();
        Deque<JavaCodeUnit> todo = new ArrayDeque<>(List.of(operation));
        while (!todo.isEmpty()) {
            JavaCodeUnit unit = todo.pop();
            if (!seen.add(unit)) {
                continue;
            }
            for (JavaMethodCall call : unit.getMethodCallsFromSelf()) {
                JavaClass owner = call.getTargetOwner();
                if (owner.isInterface() && owner.getPackageName().matches("org\\.medmesh\\.\\w+\\.application")) {
                    calls.add(call);
                } else if (owner.equals(operation.getOwner())) {
                    call.getTarget().resolveMember().filter(m -> m.getModifiers().contains(JavaModifier.PRIVATE)
                            || m.getName().startsWith("lambda$")).ifPresent(todo::push);
                }
            }
        }
        return calls;
    }

    private static Method serviceMethod(JavaMethodCall call) throws ReflectiveOperationException {
        Class<?> service = Class.forName(call.getTargetOwner().getName());
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        Class<?>[] types = new Class<?>[parameters.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = parameters.get(i).reflect();
        }
        return service.getMethod(call.getName(), types);
    }
}

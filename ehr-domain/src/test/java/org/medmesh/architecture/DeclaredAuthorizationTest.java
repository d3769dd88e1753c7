package org.medmesh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Every operation of an application service states who may call it, on the interface (where readers look) and on the
 * implementation (where the EJB container enforces it), and the two agree.
 */
class DeclaredAuthorizationTest {

    private static final List<JavaClass> CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.medmesh").stream().toList();

    @Test
    void shouldDeclareWhoMayCallEveryServiceOperation() {
        List<String> undeclared = new ArrayList<>();
        for (Class<?> service : serviceInterfaces()) {
            for (Method method : service.getMethods()) {
                if (access(method) == null) {
                    undeclared.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(serviceInterfaces()).isNotEmpty();
        assertThat(undeclared).as("service operations without @RolesAllowed/@PermitAll/@DenyAll").isEmpty();
    }

    @Test
    void shouldEnforceOnTheImplementationWhatTheInterfaceDeclares() throws NoSuchMethodException {
        List<String> mismatched = new ArrayList<>();
        for (Class<?> service : serviceInterfaces()) {
            for (Class<?> implementation : implementationsOf(service)) {
                for (Method declared : service.getMethods()) {
                    Method implemented = implementation.getMethod(declared.getName(), declared.getParameterTypes());
                    String effective = access(implemented) != null ? access(implemented) : access(implementation);
                    if (!Objects.equals(access(declared), effective)) {
                        mismatched.add(implementation.getSimpleName() + "." + declared.getName() + ": interface "
                                + access(declared) + ", implementation " + effective);
                    }
                }
            }
        }
        assertThat(mismatched).isEmpty();
    }

    private static List<Class<?>> serviceInterfaces() {
        return CLASSES.stream()
                .filter(c -> c.isInterface() && c.getPackageName().matches("org\\.medmesh\\.\\w+\\.application"))
                .map(JavaClass::reflect)
                .filter(c -> c.getMethods().length > 0)
                .<Class<?>>map(c -> c)
                .toList();
    }

    private static List<Class<?>> implementationsOf(Class<?> service) {
        return CLASSES.stream().map(JavaClass::reflect)
                .filter(c -> !c.isInterface() && !Modifier.isAbstract(c.getModifiers()) && service.isAssignableFrom(c))
                .<Class<?>>map(c -> c)
                .toList();
    }

    /** The access rule declared on an element, as text, or null when it declares none. */
    private static String access(java.lang.reflect.AnnotatedElement element) {
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            Set<String> sorted = new TreeSet<>(Arrays.asList(roles.value()));
            return "roles" + sorted;
        }
        for (Class<? extends Annotation> marker : List.of(PermitAll.class, DenyAll.class)) {
            if (element.isAnnotationPresent(marker)) {
                return marker.getSimpleName();
            }
        }
        return null;
    }
}

package org.medmesh.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.medmesh.platform.infrastructure.security.DeclaredAccessInterceptor;
import org.medmesh.shared.domain.model.AccessRefused;

/**
 * Every operation of an application service states who may call it once, on the interface (where readers look); the
 * implementations repeat nothing, and {@link DeclaredAccessInterceptor}, bound to every session bean, enforces the
 * interface's declaration.
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
    void shouldDeclareOnlyOnTheInterface() {
        List<String> repeated = new ArrayList<>();
        for (Class<?> service : serviceInterfaces()) {
            for (Class<?> implementation : implementationsOf(service)) {
                if (access(implementation) != null) {
                    repeated.add(implementation.getSimpleName());
                }
                for (Method declared : service.getMethods()) {
                    Method implemented = implementedBy(implementation, declared);
                    if (access(implemented) != null) {
                        repeated.add(implementation.getSimpleName() + "." + declared.getName());
                    }
                }
            }
        }
        assertThat(repeated).as("access declared again on an implementation (the interface's is enforced)").isEmpty();
    }

    @Test
    void shouldImplementRestrictedOperationsWithSessionBeans() {
        List<String> unenforced = new ArrayList<>();
        for (Class<?> service : serviceInterfaces()) {
            boolean restricted = Arrays.stream(service.getMethods()).anyMatch(m -> !"PermitAll".equals(access(m)));
            for (Class<?> implementation : implementationsOf(service)) {
                if (restricted && !implementation.isAnnotationPresent(Stateless.class)
                        && !implementation.isAnnotationPresent(Singleton.class)) {
                    unenforced.add(implementation.getSimpleName() + " implements " + service.getSimpleName());
                }
            }
        }
        assertThat(unenforced).as("restricted operations outside a session bean (no interceptor enforces them)")
                .isEmpty();
    }

    @Test
    void shouldBindTheEnforcementToEveryBeanOfEveryEjbModule() throws IOException {
        for (String module : List.of("ehr-domain", "ehr-sync", "ehr-analytics")) {
            String descriptor = Files.readString(Path.of("..", module, "src/main/resources/META-INF/ejb-jar.xml"))
                    .replaceAll("\\s+", "");
            assertThat(descriptor).as(module + "'s ejb-jar.xml").contains("<interceptor-binding><ejb-name>*</ejb-name>"
                    + "<interceptor-class>" + DeclaredAccessInterceptor.class.getName() + "</interceptor-class>")
                    .contains("<exception-class>" + AccessRefused.class.getName() + "</exception-class>");
        }
    }

    private static Method implementedBy(Class<?> implementation, Method declared) {
        try {
            return implementation.getMethod(declared.getName(), declared.getParameterTypes());
        } catch (NoSuchMethodException e) {
            throw new AssertionError(implementation.getName() + " does not implement " + declared, e);
        }
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

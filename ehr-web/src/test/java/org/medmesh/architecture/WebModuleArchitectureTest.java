package org.medmesh.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.medmesh.shared.domain.model.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Stream;

import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.security.OpenToAnyone;

/** The boundaries of the ehr-web module: interfaces call application services, nothing deeper. */
@AnalyzeClasses(packages = "org.medmesh", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class})
class WebModuleArchitectureTest {

    private static final String WEB = "org.medmesh.interfaces..";

    @ArchTest
    static final ArchRule webGoesThroughApplicationServices = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().resideInAnyPackage("org.medmesh..infrastructure..",
                    "org.medmesh..application.internal..", "jakarta.persistence..", "javax.sql..")
            .because("web -> application -> domain; resources never touch repositories or the database");

    @ArchTest
    static final ArchRule webNeverUsesRepositories = noClasses().that().resideInAPackage(WEB)
            .should().dependOnClassesThat().areAnnotatedWith(Repository.class)
            .because("a repository is used only inside its context; the web goes through application services");

    /** Payara's OpenAPI generator fails on them (FISH-12153); resources validate through {@code Requests}. */
    @ArchTest
    static final ArchRule noConstraintAnnotationsOnResourceParameters = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should(new ArchCondition<JavaMethod>("have no Bean Validation annotation on a parameter") {

                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    method.getParameters().forEach(parameter -> parameter.getAnnotations().stream()
                            .filter(a -> a.getRawType().getPackageName().startsWith("jakarta.validation"))
                            .forEach(a -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " has @" + a.getRawType().getSimpleName()))));
                }
            });

    /**
     * The REST edge's audit filter does not see pages: a page that calls a service holding patient data (a clinical
     * context's application service, or replication's conflicts, which hold both versions of a record) records what it
     * does through {@code PageAudit}.
     */
    @ArchTest
    static final ArchRule pagesReadPatientDataOnlyThroughTheirAuditTrail = classes()
            .that().resideInAPackage("org.medmesh.interfaces.web..")
            .and(new DescribedPredicate<JavaClass>("call a service holding patient data") {

                @Override
                public boolean test(JavaClass page) {
                    return page.getDirectDependenciesFromSelf().stream().map(d -> d.getTargetClass())
                            .anyMatch(WebModuleArchitectureTest::holdsPatientData);
                }
            })
            .should().dependOnClassesThat().haveFullyQualifiedName("org.medmesh.interfaces.web.audit.PageAudit")
            .because("every page's read and write of patient data is audited like the API's");

    private static boolean holdsPatientData(JavaClass target) {
        return target.isInterface() && target.getSimpleName().endsWith("Service")
                && Stream.of("patient", "clinical", "chart", "medication", "analytics", "notification")
                        .anyMatch(context -> target.getPackageName().equals("org.medmesh." + context + ".application"))
                || target.getFullName().equals("org.medmesh.sync.application.ConflictService");
    }

    @ArchTest
    static final ArchRule resourcesLiveInTheRestPackages = classes().that().resideInAPackage(WEB)
            .and().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should().resideInAPackage("org.medmesh.interfaces.rest..");

    /**
     * Every operation says who may call it ({@code @AllowedRoles} or {@code @OpenToAnyone}, on it or its resource), and
     * no resource carries Jakarta's own security annotations: Payara would add a costly second role check for them.
     */
    @ArchTest
    static final ArchRule everyOperationDeclaresWhoMayCallIt = methods()
            .that().areDeclaredInClassesThat().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .and().arePublic()
            .should(new ArchCondition<JavaMethod>("declare its callers with @AllowedRoles or @OpenToAnyone") {

                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    boolean operation = method.getAnnotations().stream().anyMatch(a -> a.getRawType()
                            .isAnnotatedWith(jakarta.ws.rs.HttpMethod.class));
                    boolean declared = Stream.of(AllowedRoles.class, OpenToAnyone.class).anyMatch(
                            annotation -> method.isAnnotatedWith(annotation)
                                    || method.getOwner().isAnnotatedWith(annotation));
                    if (operation && !declared) {
                        events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                + " does not say who may call it"));
                    }
                    Stream.of(RolesAllowed.class, PermitAll.class, DenyAll.class)
                            .filter(annotation -> method.isAnnotatedWith(annotation)
                                    || method.getOwner().isAnnotatedWith(annotation))
                            .forEach(annotation -> events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " uses @" + annotation.getSimpleName())));
                }
            });
}

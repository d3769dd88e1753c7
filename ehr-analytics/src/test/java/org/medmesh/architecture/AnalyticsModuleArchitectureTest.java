package org.medmesh.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import org.medmesh.shared.domain.model.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The boundaries of the ehr-analytics module. */
@AnalyzeClasses(packages = "org.medmesh.analytics", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class})
class AnalyticsModuleArchitectureTest {

    private static final String MESSAGING = "org.medmesh.platform.infrastructure.messaging..";

    /** The risk model, its inputs and its evaluation run anywhere: plain Java, no container, no library. */
    /**
     * A session bean's business methods are called through a proxy defined in another class loader, which cannot reach
     * a type that is not public: such a method fails only at run time (IllegalAccessError).
     */
    @ArchTest
    static final ArchRule sessionBeansExposeOnlyPublicTypes = classes().that(areSessionBeans())
            .should(exposeOnlyPublicTypesInPublicMethods());

    private static DescribedPredicate<JavaClass> areSessionBeans() {
        return DescribedPredicate.describe("are session beans", c -> c.isAnnotatedWith("jakarta.ejb.Stateless")
                || c.isAnnotatedWith("jakarta.ejb.Singleton") || c.isAnnotatedWith("jakarta.ejb.Stateful"));
    }

    private static ArchCondition<JavaClass> exposeOnlyPublicTypesInPublicMethods() {
        return new ArchCondition<>("take and return only public types in their public methods") {

            @Override
            public void check(JavaClass bean, ConditionEvents events) {
                for (JavaMethod method : bean.getMethods()) {
                    if (!method.getModifiers().contains(JavaModifier.PUBLIC)) {
                        continue;
                    }
                    List<JavaClass> types = new ArrayList<>(method.getRawParameterTypes());
                    types.add(method.getRawReturnType());
                    for (JavaClass type : types) {
                        if (!type.isPrimitive() && !type.getModifiers().contains(JavaModifier.PUBLIC)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes "
                                    + type.getName() + ", which is not public"));
                        }
                    }
                }
            }
        };
    }

    @ArchTest
    static final ArchRule modelIsPlainJava = classes().that().resideInAPackage("org.medmesh.analytics.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "javax.crypto..",
                    "org.medmesh.analytics.domain..");

    @ArchTest
    static final ArchRule modelStaysInnermost = noClasses().that().resideInAPackage("..analytics.domain.model..")
            .should().dependOnClassesThat().resideInAnyPackage("..analytics.domain.evaluation..",
                    "..analytics.application..", "..analytics.infrastructure..", "..analytics.interfaces..");

    /** The REST resource lives in ehr-web and calls analytics' application layer, never the other way round. */
    @ArchTest
    static final ArchRule analyticsKnowsNoRestNorUi = noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "jakarta.ws.rs..", "jakarta.servlet..", "jakarta.faces..", "org.medmesh.interfaces..",
            "org.medmesh.sync..");

    @ArchTest
    static final ArchRule jmsOnlyInTheMessagingAdapter = noClasses().that()
            .resideOutsideOfPackage("org.medmesh.analytics.infrastructure.messaging..").should()
            .dependOnClassesThat().resideInAPackage("jakarta.jms..")
            .because("the patient_updates consumer is an adapter; the model never sees a message");

    @ArchTest
    static final ArchRule analyticsUsesOnlyPublishedSurfaces = noClasses().should()
            .dependOnClassesThat(resideInAnyPackage("org.medmesh..infrastructure..",
                    "org.medmesh..application.internal..").and(resideOutsideOfPackage("org.medmesh.analytics.."))
                    .and(resideOutsideOfPackage(MESSAGING)))
            .because("analytics depends on other modules' application services and published model only (and on the"
                    + " shared messaging adapter, from its own messaging adapter)");

    @ArchTest
    static final ArchRule onlyTheMessagingAdapterUsesTheSharedOne = noClasses().that()
            .resideOutsideOfPackage("org.medmesh.analytics.infrastructure.messaging..").should()
            .dependOnClassesThat().resideInAnyPackage(MESSAGING, "org.apache.activemq..");

    @ArchTest
    static final ArchRule connectionFactoriesComeFromTheMessagingAdapter = noClasses().should()
            .callConstructorWhere(DescribedPredicate.describe("a broker connection factory",
                    call -> call.getTargetOwner().isAssignableTo(
                            "org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory")));

    @ArchTest
    static final ArchRule onlyTheWekaAdapterKnowsWeka = noClasses().that()
            .resideOutsideOfPackage("org.medmesh.analytics.infrastructure.weka..").should().dependOnClassesThat()
            .resideInAPackage("weka..");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("org.medmesh.analytics.(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule jdbcOnlyInInfrastructure = noClasses().that()
            .resideOutsideOfPackage("org.medmesh.analytics.infrastructure..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("the model and the scoring reach the database through their stores, never with SQL");

    @ArchTest
    static final ArchRule noOtherContextsRepository = noClasses().should().dependOnClassesThat()
            .areAnnotatedWith(Repository.class)
            .because("a repository is used only inside its context; other modules go through application services");
}

package org.medmesh.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the ehr-analytics module. */
@AnalyzeClasses(packages = "org.medmesh.analytics", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class})
class AnalyticsModuleArchitectureTest {

    /** The risk model, its inputs and its evaluation run anywhere: plain Java, no container, no library. */
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
                    "org.medmesh..application.internal..").and(resideOutsideOfPackage("org.medmesh.analytics..")))
            .because("analytics depends on other modules' application services and published model only");

    @ArchTest
    static final ArchRule onlyTheWekaAdapterKnowsWeka = noClasses().that()
            .resideOutsideOfPackage("org.medmesh.analytics.infrastructure.weka..").should().dependOnClassesThat()
            .resideInAPackage("weka..");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("org.medmesh.analytics.(*)..").should()
            .beFreeOfCycles();
}

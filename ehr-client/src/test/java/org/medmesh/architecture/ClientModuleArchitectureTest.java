package org.medmesh.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the ehr-client module. */
@AnalyzeClasses(packages = "org.medmesh.client", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class})
class ClientModuleArchitectureTest {

    /**
     * A client of the API, as any other: it knows the API's wire format, never the server's classes, and runs on a
     * plain JDK with JSON-P.
     */
    @ArchTest
    static final ArchRule knowsOnlyTheWireFormat = classes().should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "jakarta.json..", "org.medmesh.client..");

    /** The ward's calls and bodies serve the commands, not the other way round. */
    @ArchTest
    static final ArchRule wardKnowsNoCommand = noClasses().that().resideInAnyPackage("org.medmesh.client",
            "org.medmesh.client.ward").should().dependOnClassesThat().resideInAnyPackage("org.medmesh.client.seed..",
                    "org.medmesh.client.rebuild..");

    /** Progress goes through logging; standard output stays free for the launcher. */
    @ArchTest
    static final ArchRule noPrinting = noClasses().should().accessField(System.class, "out").orShould()
            .accessField(System.class, "err");
}

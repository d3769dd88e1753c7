package org.medmesh.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository");

    @ArchTest
    static final ArchRule resourcesLiveInTheRestPackages = classes().that().resideInAPackage(WEB)
            .and().areAnnotatedWith(jakarta.ws.rs.Path.class)
            .should().resideInAPackage("org.medmesh.interfaces.rest..");
}

package org.medmesh.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the ehr-domain module, enforced on every build. */
@AnalyzeClasses(packages = "org.medmesh", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class})
class DomainModuleArchitectureTest {

    private static final String MESSAGING = "org.medmesh.platform.infrastructure.messaging..";

    @ArchTest
    static final ArchRule domainKnowsNoDeliveryMechanism = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..",
                    "jakarta.servlet..")
            .because("the domain is reached through application services, never through a transport");

    @ArchTest
    static final ArchRule messagingOnlyInTheMessagingAdapter = noClasses().that().resideOutsideOfPackage(MESSAGING)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.jms..", "org.apache.activemq..")
            .because("the contexts publish events through the outbox; only the shared adapter speaks to the broker");

    @ArchTest
    static final ArchRule connectionFactoriesAreMadeInOnePlace = noClasses().that()
            .doNotHaveFullyQualifiedName("org.medmesh.platform.infrastructure.messaging.BrokerConnections")
            .should().callConstructorWhere(DescribedPredicate.describe("a broker connection factory",
                    call -> call.getTargetOwner().isAssignableTo(
                            "org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory")));

    @ArchTest
    static final ArchRule domainDependsOnNoOuterModule = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.medmesh.interfaces..", "org.medmesh.sync..",
                    "org.medmesh.analytics..")
            .because("sync, analytics and web depend on the domain, never the other way round");

    @ArchTest
    static final ArchRule modelStaysInnermost = noClasses().that().resideInAPackage("..domain.model..")
            .should().dependOnClassesThat().resideInAnyPackage("..application..", "..infrastructure..");

    @ArchTest
    static final ArchRule applicationUsesNoOtherContextsInfrastructure = noClasses()
            .that().resideInAPackage("org.medmesh.(*).application..")
            .should().dependOnClassesThat().resideInAPackage("org.medmesh.platform.infrastructure..")
            .orShould().dependOnClassesThat().resideInAPackage("org.medmesh.hospital.infrastructure..")
            .because("a context reaches another through its application services");

    @ArchTest
    static final ArchRule noCyclesBetweenContexts = slices().matching("org.medmesh.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching("org.medmesh.(*).(*)..").should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule jdbcOnlyInInfrastructure = noClasses().that()
            .resideOutsideOfPackage("org.medmesh..infrastructure..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("the model and the services reach the database through repositories and ports, never with SQL");
}

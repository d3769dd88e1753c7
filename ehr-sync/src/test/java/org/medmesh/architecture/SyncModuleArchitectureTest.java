package org.medmesh.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.medmesh.shared.domain.model.Repository;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of the ehr-sync module. */
@AnalyzeClasses(packages = "org.medmesh", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class})
class SyncModuleArchitectureTest {

    private static final String SYNC = "org.medmesh.sync..";
    private static final String MESSAGING = "org.medmesh.platform.infrastructure.messaging..";
    private static final String REPLICA_TABLES = "org.medmesh.shared.infrastructure.replication..";

    @ArchTest
    static final ArchRule syncUsesOnlyTheDomainsPublishedSurface = noClasses()
            .that().resideInAPackage(SYNC).should()
            .dependOnClassesThat(resideInAnyPackage("org.medmesh..infrastructure..",
                    "org.medmesh..application.internal..").and(resideOutsideOfPackage(SYNC))
                    .and(resideOutsideOfPackage(MESSAGING)).and(resideOutsideOfPackage(REPLICA_TABLES)))
            .because("sync depends on the domain's application services and model, the shared messaging adapter and"
                    + " the contexts' replica tables, never on other internals");

    @ArchTest
    static final ArchRule onlySyncsInfrastructureUsesSharedInfrastructure = noClasses().that().resideInAPackage(SYNC)
            .and().resideOutsideOfPackage("org.medmesh.sync.infrastructure..").should().dependOnClassesThat()
            .resideInAnyPackage(MESSAGING, REPLICA_TABLES)
            .because("the broker and the contexts' tables are reached through sync's own adapters");

    @ArchTest
    static final ArchRule messagingOnlyInInfrastructure = noClasses().that()
            .resideOutsideOfPackage("org.medmesh.sync.infrastructure..").and().resideInAPackage(SYNC)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.jms..", "org.apache.activemq.artemis.jms..",
                    "org.apache.activemq.artemis.api.core.client..", MESSAGING)
            .because("the replication rules and services never see a message or a session");

    @ArchTest
    static final ArchRule connectionFactoriesComeFromTheMessagingAdapter = noClasses().that().resideInAPackage(SYNC)
            .should().callConstructorWhere(DescribedPredicate.describe("a broker connection factory",
                    call -> call.getTargetOwner().isAssignableTo(
                            "org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory")));

    /** The replication rules run unchanged in the simulation and in production: plain Java, no container. */
    @ArchTest
    static final ArchRule replicationRulesArePlainJava = classes().that().resideInAPackage("org.medmesh.sync.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.medmesh.sync.domain..",
                    "org.medmesh.shared.domain.model..");

    @ArchTest
    static final ArchRule syncDependsOnNoOuterModule = noClasses()
            .that().resideInAPackage(SYNC).should().dependOnClassesThat().resideInAnyPackage("org.medmesh.interfaces..",
                    "org.medmesh.analytics..",
                    "jakarta.ws.rs..", "jakarta.faces..", "jakarta.servlet..");

    @ArchTest
    static final ArchRule jdbcOnlyInInfrastructure = noClasses().that().resideInAPackage(SYNC).and()
            .resideOutsideOfPackage("org.medmesh.sync.infrastructure..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
            .because("replication's services reach the database through its stores (SyncDatabase), never with SQL");

    @ArchTest
    static final ArchRule noOtherContextsRepository = noClasses().that().resideInAPackage(SYNC).should()
            .dependOnClassesThat()
            .areAnnotatedWith(Repository.class)
            .because("a repository is used only inside its context; other modules go through application services");
}

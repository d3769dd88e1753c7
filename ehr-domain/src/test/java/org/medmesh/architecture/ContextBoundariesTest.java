package org.medmesh.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.medmesh.shared.domain.model.Repository;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Which bounded context may use which, and how: through another context's application services and published model,
 * never its repositories, its internals or its infrastructure (the shared messaging adapter and the replica-table port
 * aside, which only infrastructure uses). The matrix is the architecture's; a new dependency is a decision to write
 * down here, not an accident.
 */
@AnalyzeClasses(packages = "org.medmesh", importOptions = {ImportOption.DoNotIncludeTests.class,
        ImportOption.DoNotIncludeJars.class})
class ContextBoundariesTest {

    /** Context → the contexts it may use (besides {@code shared} and {@code platform}, which every context may). */
    static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("shared", Set.of()),
            Map.entry("platform", Set.of()),
            Map.entry("hospital", Set.of()),
            Map.entry("identity", Set.of("hospital")),
            Map.entry("events", Set.of("hospital")),
            Map.entry("audit", Set.of("identity")),
            Map.entry("notification", Set.of("events", "hospital", "identity")),
            Map.entry("patient", Set.of("events", "hospital", "identity", "notification")),
            Map.entry("clinical", Set.of("events", "hospital", "identity", "notification", "patient")),
            Map.entry("medication", Set.of("clinical", "events", "identity", "notification", "patient")),
            Map.entry("chart", Set.of("clinical", "hospital", "identity", "medication", "notification", "patient")));

    private static final Set<String> EVERYONES = Set.of("shared", "platform");
    private static final Set<String> SHARED_ADAPTERS = Set.of("org.medmesh.platform.infrastructure.messaging",
            "org.medmesh.shared.infrastructure.replication");

    @ArchTest
    static final ArchRule contextsUseOnlyTheContextsTheyMay = classes().that().resideInAPackage("org.medmesh..")
            .should(new ArchCondition<JavaClass>("use only the contexts the matrix allows") {

                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = contextOf(origin).orElseThrow();
                    if (!MAY_USE.containsKey(own)) {
                        events.add(SimpleConditionEvent.violated(origin, own + " is not in the context matrix"));
                        return;
                    }
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        contextOf(dependency.getTargetClass()).filter(other -> !other.equals(own)
                                && !EVERYONES.contains(other) && !MAY_USE.get(own).contains(other))
                                .ifPresent(other -> events.add(SimpleConditionEvent.violated(dependency,
                                        own + " may not use " + other + ": " + dependency.getDescription())));
                    }
                }
            });

    @ArchTest
    static final ArchRule otherContextsAreReachedThroughWhatTheyPublish = classes()
            .that().resideInAPackage("org.medmesh..")
            .should(new ArchCondition<JavaClass>("reach other contexts through their application services and model") {

                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = contextOf(origin).orElseThrow();
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        Optional<String> other = contextOf(target).filter(c -> !c.equals(own));
                        if (other.isPresent() && !published(origin, target)) {
                            events.add(SimpleConditionEvent.violated(dependency, "uses what " + other.get()
                                    + " does not publish: " + dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule repositoriesAreUsedOnlyInsideTheirContext = classes()
            .that().resideInAPackage("org.medmesh..")
            .should(new ArchCondition<JavaClass>("use only their own context's repositories") {

                @Override
                public void check(JavaClass origin, ConditionEvents events) {
                    String own = contextOf(origin).orElseThrow();
                    for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                        JavaClass target = dependency.getTargetClass();
                        if ((repository(target) || target.isAnnotatedWith(Repository.class))
                                && !contextOf(target).orElseThrow().equals(own)) {
                            events.add(SimpleConditionEvent.violated(dependency, own + " uses another context's "
                                    + "repository: " + dependency.getDescription()));
                        }
                    }
                }
            });

    @ArchTest
    static final ArchRule repositoriesAreMarked = classes().that().areInterfaces()
            .and().resideInAPackage("org.medmesh..domain.model..")
            .should(new ArchCondition<JavaClass>("be marked @Repository when their context's infrastructure "
                    + "implements them") {

                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    if (repository(type) && !type.isAnnotatedWith(Repository.class)) {
                        events.add(SimpleConditionEvent.violated(type, type.getName() + " is implemented by "
                                + "infrastructure but not marked @Repository: the other modules' rules would miss it"));
                    }
                }
            });

    /**
     * A context publishes its application services and views ({@code application}, not {@code application.internal})
     * and its model ({@code domain.model}, repositories aside); its infrastructure is its own, except the shared
     * adapters, which other contexts' infrastructure uses.
     */
    private static boolean published(JavaClass origin, JavaClass target) {
        String pkg = target.getPackageName();
        if (SHARED_ADAPTERS.stream().anyMatch(pkg::startsWith)) {
            return origin.getPackageName().contains(".infrastructure");
        }
        return !pkg.contains(".infrastructure") && !pkg.contains(".application.internal");
    }

    /** An interface of a context's model implemented by that context's infrastructure (a repository or store). */
    static boolean repository(JavaClass type) {
        return type.isInterface() && type.getPackageName().contains(".domain.model")
                && type.getAllSubclasses().stream().anyMatch(s -> s.getPackageName().contains(".infrastructure"));
    }

    static Optional<String> contextOf(JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith("org.medmesh.")) {
            return Optional.empty();
        }
        String rest = pkg.substring("org.medmesh.".length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}

package org.medmesh.interfaces.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.Path;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.junit.jupiter.api.Test;
import org.medmesh.interfaces.rest.ApiDocumentation;
import org.medmesh.interfaces.rest.support.PageParams;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The resources' OpenAPI annotations, checked before a server generates the document from them
 * ({@code ApiDocumentContainerIT} checks the document): every operation identified, summarised and tagged, its success
 * and its paging declared, no answer the filter derives restated, and every schema it names one {@link ApiComponents}
 * describes.
 */
class ResourceDocumentationTest {

    private static final List<Method> OPERATIONS = ApiComponents.RESOURCES.stream()
            .flatMap(resource -> Arrays.stream(resource.getDeclaredMethods())).filter(BodyTypes::isOperation)
            .toList();

    @Test
    void shouldDescribeTheBodiesOfEveryResource() {
        Set<String> resources = new HashSet<>();
        new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.medmesh.interfaces.rest").stream()
                .filter(c -> c.isAnnotatedWith("jakarta.ws.rs.Path")).forEach(c -> resources.add(c.getName()));
        assertThat(ApiComponents.RESOURCES.stream().map(Class::getName)).containsExactlyInAnyOrderElementsOf(resources);
        assertThat(OPERATIONS).hasSizeGreaterThan(80);
    }

    @Test
    void shouldIdentifySummariseAndTagEveryOperation() {
        Set<String> declared = new HashSet<>();
        Arrays.stream(ApiDocumentation.class.getAnnotation(OpenAPIDefinition.class).tags()).map(Tag::name)
                .forEach(declared::add);
        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        for (Method operation : OPERATIONS) {
            Operation described = operation.getAnnotation(Operation.class);
            if (described == null || described.summary().isBlank() || !ids.add(described.operationId())) {
                wrong.add(name(operation) + ": no @Operation with a summary and an operationId of its own");
            }
            Tag tag = operation.isAnnotationPresent(Tag.class)
                    ? operation.getAnnotation(Tag.class)
                    : operation.getDeclaringClass().getAnnotation(Tag.class);
            if (tag == null || !declared.contains(tag.ref())) {
                wrong.add(name(operation) + ": no @Tag(ref = …) naming a tag of ApiDocumentation");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldDeclareTheSuccessOfEveryOperationAndThePagingOfEveryList() {
        List<String> wrong = new ArrayList<>();
        for (Method operation : OPERATIONS) {
            boolean success = operation.isAnnotationPresent(APIResponseSchema.class) || Arrays
                    .stream(operation.getAnnotationsByType(APIResponse.class))
                    .anyMatch(response -> response.responseCode().startsWith("2"));
            if (!success) {
                wrong.add(name(operation) + ": no 2xx answer declared");
            }
            List<String> references = Arrays.stream(operation.getAnnotationsByType(Parameter.class))
                    .map(Parameter::ref).toList();
            boolean pages = Arrays.asList(operation.getParameterTypes()).contains(PageParams.class);
            if (pages && !references.containsAll(List.of("page", "size", "includeVoided"))) {
                wrong.add(name(operation) + ": takes PageParams but lacks @Parameter(ref = …) of page, size and "
                        + "includeVoided");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * The answers {@link ApiDocumentFilter} derives from an operation ({@link DerivedAnswers}) are not restated on it.
     */
    @Test
    void shouldLeaveTheDerivedAnswersToTheFilter() {
        List<String> wrong = new ArrayList<>();
        for (Method operation : OPERATIONS) {
            Set<String> derived = new HashSet<>(Set.of(ProblemAnswers.FORBIDDEN, ProblemAnswers.STALE_VERSION,
                    ProblemAnswers.IF_MATCH_REQUIRED));
            Path path = operation.getAnnotation(Path.class);
            if (path != null && path.value().contains("{")) {
                derived.add(ProblemAnswers.NOT_FOUND);
            }
            if (Arrays.stream(operation.getParameters()).anyMatch(BodyTypes::isBody)
                    || Arrays.asList(operation.getParameterTypes()).contains(PageParams.class)) {
                derived.add(ProblemAnswers.INVALID_REQUEST);
            }
            Arrays.stream(operation.getAnnotationsByType(APIResponse.class)).map(APIResponse::ref)
                    .filter(derived::contains)
                    .forEach(ref -> wrong.add(name(operation) + ": declares " + ref + ", which the filter derives"));
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * Payara copies {@code @Schema(implementation = …)} with every default of the annotation ({@code maxProperties: 0}
     * among them): an answer's class goes in {@code @APIResponseSchema}, whose copy is clean.
     */
    @Test
    void shouldNameOnlySchemasTheComponentsDescribe() {
        Set<String> described = new HashSet<>(ComponentTypes.heldBy(BodyTypes.of(ApiComponents.RESOURCES)).values());
        described.add(ProblemAnswers.SCHEMA);
        List<String> wrong = new ArrayList<>();
        for (Method operation : OPERATIONS) {
            APIResponseSchema answer = operation.getAnnotation(APIResponseSchema.class);
            Class<?> answered = answer == null
                    ? null
                    : answer.value().isArray() ? answer.value().getComponentType() : answer.value();
            if (answered != null && !described.contains(answered.getSimpleName())) {
                wrong.add(name(operation) + ": answers with " + answered.getSimpleName() + ", not described");
            }
            Arrays.stream(operation.getAnnotationsByType(APIResponse.class)).flatMap(r -> Stream.of(r.content()))
                    .map(Content::schema).forEach(schema -> {
                        if (schema.implementation() != Void.class) {
                            wrong.add(name(operation) + ": @Schema(implementation = …) in an @APIResponse");
                        }
                        if (!schema.ref().isEmpty() && !described.contains(schema.ref())) {
                            wrong.add(name(operation) + ": refers to schema " + schema.ref() + ", not described");
                        }
                    });
        }
        assertThat(wrong).isEmpty();
        assertThat(described).contains("AllergyViewPage", "TreatmentViewPage", "PatientRequest", "ChartView",
                "DatabaseHealthStatus", "BrokerHealthStatus");
    }

    private static String name(Method operation) {
        return operation.getDeclaringClass().getSimpleName() + "." + operation.getName();
    }
}

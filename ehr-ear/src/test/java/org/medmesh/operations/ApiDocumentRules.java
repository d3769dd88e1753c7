package org.medmesh.operations;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import jakarta.json.Json;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clean OpenAPI 3.0 document of the API satisfies, each rule listing what breaks it
 * ({@code GET /api/v1/x: why}): valid for swagger-parser, with OpenAPI's own top-level members only and references that
 * resolve; every operation identified, tagged with a declared tag, summarised, answering with real status codes, its
 * success bodies described, its parameters typed, and its paging parameters there when it answers with a page.
 */
final class ApiDocumentRules {

    private static final Set<String> OPENAPI_MEMBERS = Set.of("openapi", "info", "servers", "paths", "components",
            "security", "tags", "externalDocs");
    private static final Set<String> PAGING = Set.of("page", "size", "includeVoided");
    private static final Set<String> PAGE_PROPERTIES = Set.of("items", "page", "size", "hasMore");
    private static final Pattern REFERENCE = Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/(\\w+)/([^\"]+)\"");

    private final String text;
    private final SwaggerParseResult parsed;
    private final OpenAPI api;
    private final Components components;

    ApiDocumentRules(String json) {
        this.text = json;
        this.parsed = new OpenAPIV3Parser().readContents(json, null, new ParseOptions());
        this.api = Objects.requireNonNull(parsed.getOpenAPI(),
                () -> "not an OpenAPI document: " + parsed.getMessages());
        this.components = Optional.ofNullable(api.getComponents()).orElseGet(Components::new);
    }

    /** What swagger-parser finds wrong with the document. */
    List<String> parserMessages() {
        return parsed.getMessages() == null ? List.of() : parsed.getMessages();
    }

    /** Top-level members OpenAPI 3.0 does not define (extensions, {@code x-…}, are allowed). */
    List<String> foreignTopLevelMembers() {
        return Json.createReader(new StringReader(text)).readObject().keySet().stream()
                .filter(member -> !OPENAPI_MEMBERS.contains(member) && !member.startsWith("x-")).toList();
    }

    /** References to components the document does not have. */
    List<String> unresolvedReferences() {
        Map<String, Map<String, ?>> kinds = Map.of("schemas", orEmpty(components.getSchemas()), "responses",
                orEmpty(components.getResponses()), "parameters", orEmpty(components.getParameters()));
        List<String> unresolved = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(text);
        while (reference.find()) {
            if (!kinds.getOrDefault(reference.group(1), Map.of()).containsKey(reference.group(2))) {
                unresolved.add(reference.group());
            }
        }
        return unresolved;
    }

    List<String> operationsWithoutUniqueIds() {
        Map<String, Long> ids = operations().values().stream().map(Operation::getOperationId)
                .filter(Objects::nonNull).collect(groupingBy(Function.identity(), counting()));
        return findings((operation, found) -> {
            if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                found.add("no operationId");
            } else if (ids.get(operation.getOperationId()) > 1) {
                found.add("operationId " + operation.getOperationId() + " is not unique");
            }
        });
    }

    /** Operations without a tag, or with one the document does not declare; tags declared twice. */
    List<String> untaggedOperations() {
        List<String> declared = Optional.ofNullable(api.getTags()).orElse(List.of()).stream().map(Tag::getName)
                .toList();
        List<String> findings = new ArrayList<>(declared.stream().filter(tag -> declared.indexOf(tag) != declared
                .lastIndexOf(tag)).distinct().map(tag -> "tag " + tag + " declared twice").toList());
        findings.addAll(findings((operation, found) -> {
            if (operation.getTags() == null || operation.getTags().isEmpty()) {
                found.add("no tag");
            } else {
                operation.getTags().stream().filter(tag -> !declared.contains(tag))
                        .forEach(tag -> found.add("tag " + tag + " is not declared"));
            }
        }));
        return findings;
    }

    List<String> operationsWithoutSummary() {
        return findings((operation, found) -> {
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                found.add("no summary");
            }
        });
    }

    /**
     * A {@code default} answer instead of real status codes, a success without a body's schema (other than 204), or
     * whose schema says no more than "an object".
     */
    List<String> undescribedAnswers() {
        return findings((operation, found) -> operation.getResponses().forEach((status, declared) -> {
            ApiResponse response = resolved(declared);
            if (status.equals("default")) {
                found.add("answers with a default response");
            } else if (status.startsWith("2") && !status.equals("204")) {
                if (response.getContent() == null || response.getContent().isEmpty()) {
                    found.add(status + " has no content");
                } else {
                    response.getContent().forEach((type, media) -> {
                        if (isBare(schemaOf(media))) {
                            found.add(status + " " + type + " has no schema beyond a bare object");
                        }
                    });
                }
            }
        }));
    }

    /** Parameters without a type, or typed as an object (a UUID or a date the generator did not know). */
    List<String> untypedParameters() {
        return findings((operation, found) -> parameters(operation).forEach(parameter -> {
            Schema<?> schema = parameter.getSchema();
            if (schema == null || schema.getType() == null || schema.getType().equals("object")) {
                found.add(parameter.getIn() + " parameter " + parameter.getName() + " is not typed");
            }
        }));
    }

    /** Operations answering with a page (or with something holding one) without page, size and includeVoided. */
    List<String> pagesWithoutPagingParameters() {
        return findings((operation, found) -> {
            ApiResponse ok = operation.getResponses().get("200") == null
                    ? null
                    : resolved(operation.getResponses().get("200"));
            boolean pages = ok != null && ok.getContent() != null && ok.getContent().values().stream()
                    .map(this::schemaOf).anyMatch(this::isOrHoldsPage);
            List<String> names = parameters(operation).stream().map(Parameter::getName).toList();
            if (pages && !names.containsAll(PAGING)) {
                found.add("answers with a page but has only the parameters " + names);
            }
        });
    }

    private Map<String, Operation> operations() {
        Map<String, Operation> operations = new TreeMap<>();
        Optional.ofNullable(api.getPaths()).orElseGet(Paths::new)
                .forEach((path, item) -> item.readOperationsMap()
                        .forEach((method, operation) -> operations.put(method + " " + path, operation)));
        return operations;
    }

    /** The status codes an operation ({@code POST /api/v1/patients}) answers with; empty when there is none such. */
    Set<String> statusCodes(String operation) {
        return Optional.ofNullable(operations().get(operation)).map(found -> Set.copyOf(found.getResponses().keySet()))
                .orElse(Set.of());
    }

    private List<String> findings(BiConsumer<Operation, List<String>> rule) {
        List<String> findings = new ArrayList<>();
        operations().forEach((name, operation) -> {
            List<String> found = new ArrayList<>();
            rule.accept(operation, found);
            found.forEach(finding -> findings.add(name + ": " + finding));
        });
        return findings;
    }

    private List<Parameter> parameters(Operation operation) {
        return Optional.ofNullable(operation.getParameters()).orElse(List.of()).stream()
                .map(parameter -> parameter.get$ref() == null
                        ? parameter
                        : components.getParameters().get(name(parameter.get$ref())))
                .filter(Objects::nonNull).toList();
    }

    private ApiResponse resolved(ApiResponse response) {
        return response.get$ref() == null
                ? response
                : Optional.ofNullable(components.getResponses().get(name(response.get$ref()))).orElse(response);
    }

    private Schema<?> schemaOf(MediaType media) {
        return resolved(media.getSchema());
    }

    private Schema<?> resolved(Schema<?> schema) {
        return schema == null || schema.get$ref() == null
                ? schema
                : components.getSchemas().get(name(schema.get$ref()));
    }

    private boolean isBare(Schema<?> schema) {
        return schema == null || (schema.getType() == null || schema.getType().equals("object"))
                && isEmpty(schema.getProperties()) && schema.getAdditionalProperties() == null
                && schema.getItems() == null && isEmpty(schema.getAllOf()) && isEmpty(schema.getAnyOf())
                && isEmpty(schema.getOneOf()) && isEmpty(schema.getEnum());
    }

    private boolean isOrHoldsPage(Schema<?> schema) {
        return isPage(schema) || schema != null && schema.getProperties() != null
                && schema.getProperties().values().stream().map(this::resolved).anyMatch(ApiDocumentRules::isPage);
    }

    private static boolean isPage(Schema<?> schema) {
        return schema != null && schema.getProperties() != null
                && schema.getProperties().keySet().containsAll(PAGE_PROPERTIES);
    }

    private static String name(String reference) {
        return reference.substring(reference.lastIndexOf('/') + 1);
    }

    private static boolean isEmpty(Map<?, ?> map) {
        return map == null || map.isEmpty();
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    private static <V> Map<String, ?> orEmpty(Map<String, V> map) {
        return map == null ? Map.of() : map;
    }
}

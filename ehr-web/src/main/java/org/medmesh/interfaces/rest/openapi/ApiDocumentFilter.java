package org.medmesh.interfaces.rest.openapi;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.medmesh.interfaces.condition.DegradedModeAnswers;
import org.medmesh.interfaces.monitoring.EndpointGroup;

/**
 * The last changes to the document Payara generates ({@code mp.openapi.filter}):
 * <ul>
 * <li>It drops the top-level {@code endpoints} member, which no OpenAPI version has. Payara 6 always fills it with the
 * paths of each context root ({@code OpenAPISupplier} sets {@code OpenAPIImpl.endpoints}, which its Jackson mapper
 * writes when not empty), and neither a MicroProfile Config property nor {@code set-openapi-configuration} turns it
 * off; the field is not part of the MicroProfile model, so it is emptied through Payara's own public accessor.</li>
 * <li>It gives every operation that needs a bearer token (the document's requirement, which an operation open to anyone
 * replaces by an empty one) its 401 answer.</li>
 * <li>It gives every operation that needs the hospital's database its 503 {@code database-unreachable}, the answer of
 * degraded mode ({@link DegradedModeAnswers}), unless it declares a 503 of its own that says so.</li>
 * <li>It gives each operation the problem answers that follow from what it is ({@link DerivedAnswers}), where it
 * declares no answer of that status itself:
 * <ul>
 * <li>403 to one that needs a token and whose roles leave out a staff role: {@code DeclaredRolesFeature} refuses a
 * caller without them (every admitted token has a staff role, so one open to all of them never answers 403).</li>
 * <li>412 and 428 to one that takes If-Match: {@code Versions} refuses a stale version, and a change without one.</li>
 * <li>404 to one whose path has a parameter: it names a record, and JAX-RS answers 404 to a malformed one too.</li>
 * <li>400 to one that takes a body (unreadable or invalid) or the paging parameters (validated on every list); not for
 * a path parameter (404), nor other query parameters, which not every operation checks.</li>
 * </ul>
 * </li>
 * <li>It drops the annotations' defaults Payara copies into the document ({@link AnnotationDefaults}).</li>
 * </ul>
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

    @Override
    public Schema filterSchema(Schema schema) {
        AnnotationDefaults.dropFrom(schema);
        return schema;
    }

    @Override
    public Parameter filterParameter(Parameter parameter) {
        AnnotationDefaults.dropFrom(parameter);
        return parameter;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        AnnotationDefaults.dropFrom(operation);
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        dropEndpoints(document);
        List<SecurityRequirement> required = document.getSecurity();
        Map<String, Parameter> shared = sharedParameters(document);
        Map<String, Set<String>> roles = DerivedAnswers.rolesByOperation(ApiComponents.RESOURCES);
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            APIResponses responses = operation.getResponses();
            boolean signedIn = needsToken(operation, required);
            if (signedIn) {
                responses.addAPIResponse("401", answer(ProblemAnswers.UNAUTHORIZED));
            }
            if (DegradedModeAnswers.needsTheDatabase(EndpointGroup.of(path), method != HttpMethod.GET)
                    && !responses.hasAPIResponse("503")) {
                responses.addAPIResponse("503", answer(ProblemAnswers.DATABASE_UNREACHABLE));
            }
            List<Parameter> parameters = parameters(item, operation, shared);
            DerivedAnswers.Shape shape = new DerivedAnswers.Shape(path, signedIn,
                    roles.getOrDefault(operation.getOperationId(), Set.of()), operation.getRequestBody() != null,
                    names(parameters, In.QUERY), names(parameters, In.HEADER));
            DerivedAnswers.of(shape).forEach((status, name) -> {
                if (!responses.hasAPIResponse(status)) {
                    responses.addAPIResponse(status, answer(name));
                }
            });
        }));
    }

    private static APIResponse answer(String name) {
        return OASFactory.createAPIResponse().ref(name);
    }

    private static Map<String, Parameter> sharedParameters(OpenAPI document) {
        Components components = document.getComponents();
        return components == null || components.getParameters() == null ? Map.of() : components.getParameters();
    }

    /** The path's and the operation's parameters, a reference resolved through the shared ones. */
    private static List<Parameter> parameters(PathItem item, Operation operation, Map<String, Parameter> shared) {
        return Stream.of(item.getParameters(), operation.getParameters()).filter(Objects::nonNull)
                .flatMap(List::stream)
                .map(parameter -> parameter.getRef() == null
                        ? parameter
                        : shared.get(parameter.getRef().substring(parameter.getRef().lastIndexOf('/') + 1)))
                .filter(Objects::nonNull).toList();
    }

    private static Set<String> names(List<Parameter> parameters, In in) {
        return parameters.stream().filter(parameter -> parameter.getIn() == in).map(Parameter::getName)
                .collect(Collectors.toSet());
    }

    private static boolean needsToken(Operation operation, List<SecurityRequirement> documentRequirements) {
        List<SecurityRequirement> own = operation.getSecurity();
        List<SecurityRequirement> requirements = own == null || own.isEmpty() ? documentRequirements : own;
        return requirements != null && !requirements.isEmpty()
                && requirements.stream().noneMatch(requirement -> requirement.getSchemes().isEmpty());
    }

    private static void dropEndpoints(OpenAPI document) {
        try {
            Method endpoints = document.getClass().getMethod("getEndpoints");
            if (endpoints.invoke(document) instanceof Map<?, ?> byContextRoot) {
                byContextRoot.clear();
            }
        } catch (NoSuchMethodException notPayara6) {
            LOG.fine("No endpoints member to drop");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not drop the endpoints member from the OpenAPI document", e);
        }
    }
}

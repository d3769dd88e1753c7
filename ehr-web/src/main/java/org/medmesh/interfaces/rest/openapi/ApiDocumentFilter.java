package org.medmesh.interfaces.rest.openapi;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem.HttpMethod;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
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
 * replaces by an empty one) its 401 answer. A 403 depends on the operation's roles and rules, so each operation
 * declares its own.</li>
 * <li>It gives every operation that needs the hospital's database its 503 {@code database-unreachable}, the answer of
 * degraded mode ({@link DegradedModeAnswers}).</li>
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
        document.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().stream()
                .filter(operation -> needsToken(operation, required))
                .forEach(operation -> operation.getResponses().addAPIResponse("401",
                        OASFactory.createAPIResponse().ref("unauthorized"))));
        document.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
            if (DegradedModeAnswers.needsTheDatabase(EndpointGroup.of(path), method != HttpMethod.GET)) {
                operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                        .ref(ProblemAnswers.DATABASE_UNREACHABLE));
            }
        }));
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

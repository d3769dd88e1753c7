package org.medmesh.interfaces.rest.openapi;

import static java.util.stream.Collectors.toSet;

import jakarta.ws.rs.QueryParam;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.rest.security.AllowedRoles;
import org.medmesh.interfaces.rest.security.OpenToAnyone;
import org.medmesh.interfaces.rest.support.PageParams;

/**
 * The problem answers an operation gives by what it is, each status code with the name {@link ProblemAnswers} gives the
 * answer; {@link ApiDocumentFilter} adds them to the document and says why each holds.
 */
final class DerivedAnswers {

    /**
     * What an operation is, as the document and its resource declare it.
     *
     * @param path its path, {@code {…}} around each path parameter
     * @param signedIn whether it needs a bearer token
     * @param roles the roles it admits ({@link AllowedRoles}); none when it declares none
     * @param body whether it takes a request body
     * @param queryParameters the names of its query parameters
     * @param headers the names of its header parameters
     */
    record Shape(String path, boolean signedIn, Set<String> roles, boolean body, Set<String> queryParameters,
            Set<String> headers) {
    }

    private static final String IF_MATCH = "If-Match";
    private static final Set<String> PAGING = Arrays.stream(PageParams.class.getFields())
            .map(field -> field.getAnnotation(QueryParam.class).value()).collect(toSet());

    private DerivedAnswers() {
    }

    /** The answers the shape gives, by status code. */
    static Map<String, String> of(Shape shape) {
        Map<String, String> answers = new TreeMap<>();
        if (shape.body() || shape.queryParameters().stream().anyMatch(PAGING::contains)) {
            answers.put("400", ProblemAnswers.INVALID_REQUEST);
        }
        if (shape.signedIn() && !shape.roles().isEmpty() && !shape.roles().containsAll(Roles.STAFF)) {
            answers.put("403", ProblemAnswers.FORBIDDEN);
        }
        if (shape.path().contains("{")) {
            answers.put("404", ProblemAnswers.NOT_FOUND);
        }
        if (shape.headers().stream().anyMatch(IF_MATCH::equalsIgnoreCase)) {
            answers.put("412", ProblemAnswers.STALE_VERSION);
            answers.put("428", ProblemAnswers.IF_MATCH_REQUIRED);
        }
        return answers;
    }

    /**
     * The roles each operation of the resources admits, by operationId, as {@code DeclaredRolesFeature} reads them: its
     * own, else its resource's; none for one open to anyone.
     */
    static Map<String, Set<String>> rolesByOperation(Collection<Class<?>> resources) {
        Map<String, Set<String>> roles = new HashMap<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                Operation operation = method.getAnnotation(Operation.class);
                AllowedRoles allowed = method.isAnnotationPresent(AllowedRoles.class)
                        ? method.getAnnotation(AllowedRoles.class)
                        : resource.getAnnotation(AllowedRoles.class);
                if (operation != null && allowed != null && !method.isAnnotationPresent(OpenToAnyone.class)) {
                    roles.put(operation.operationId(), Set.of(allowed.value()));
                }
            }
        }
        return roles;
    }
}

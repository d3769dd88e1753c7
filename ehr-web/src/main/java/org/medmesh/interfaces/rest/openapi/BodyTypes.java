package org.medmesh.interfaces.rest.openapi;

import jakarta.ws.rs.HttpMethod;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;

/**
 * The Java types of the bodies the operations of resources take and answer with: what a method returns, its parameter
 * that is no path, query, header or bean parameter nor a context, and the classes its {@code @APIResponse}s name as
 * their content (where it returns a {@code Response}).
 */
final class BodyTypes {

    private BodyTypes() {
    }

    static List<Type> of(Collection<Class<?>> resources) {
        List<Type> types = new ArrayList<>();
        for (Class<?> resource : resources) {
            for (Method method : resource.getDeclaredMethods()) {
                if (isOperation(method)) {
                    types.add(method.getGenericReturnType());
                    Arrays.stream(method.getParameters()).filter(BodyTypes::isBody)
                            .forEach(body -> types.add(body.getParameterizedType()));
                    APIResponseSchema answer = method.getAnnotation(APIResponseSchema.class);
                    if (answer != null) {
                        types.add(answer.value());
                    }
                }
            }
        }
        return types;
    }

    static boolean isOperation(Method method) {
        return Arrays.stream(method.getAnnotations())
                .anyMatch(annotation -> annotation.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    static boolean isBody(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations()).map(Annotation::annotationType)
                .noneMatch(type -> type.getPackageName().startsWith("jakarta.ws.rs"));
    }
}

package org.medmesh.interfaces.rest.openapi;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.joining;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The records and classes of MedMesh that bodies are made of, each with its schema's name: those the given types hold
 * (in a list, a map, or as a page's type argument) and, transitively, those their properties hold. A schema is named by
 * its class's simple name, the name Payara looks up for {@code @APIResponseSchema(X.class)}; a parameterised record by
 * its arguments' names and its own ({@code Page<AllergyView>}: {@code AllergyViewPage}); classes sharing a simple name
 * are told apart by the names of the classes they are nested in.
 */
final class ComponentTypes {

    private ComponentTypes() {
    }

    /** The component types the given types hold, transitively, in the order found, each with its schema's name. */
    static Map<Type, String> heldBy(Collection<? extends Type> types) {
        Set<Type> found = new LinkedHashSet<>();
        Deque<Type> pending = new ArrayDeque<>();
        types.forEach(type -> pending.addAll(componentsIn(type, Map.of())));
        while (!pending.isEmpty()) {
            Type type = pending.removeFirst();
            if (found.add(type)) {
                Map<TypeVariable<?>, Type> arguments = arguments(type);
                JsonProperty.of(raw(type))
                        .forEach(property -> pending.addAll(componentsIn(property.type(), arguments)));
            }
        }
        return names(found);
    }

    /** The component types in a property's type: itself, or what a collection, map, array or optional of it holds. */
    static List<Type> componentsIn(Type type, Map<TypeVariable<?>, Type> arguments) {
        Type resolved = type instanceof TypeVariable<?> variable
                ? arguments.getOrDefault(variable, Object.class)
                : type;
        if (isComponent(resolved)) {
            return List.of(resolved);
        }
        if (resolved instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments())
                    .flatMap(argument -> componentsIn(argument, arguments).stream()).toList();
        }
        if (resolved instanceof GenericArrayType array) {
            return componentsIn(array.getGenericComponentType(), arguments);
        }
        if (resolved instanceof Class<?> array && array.isArray()) {
            return componentsIn(array.getComponentType(), arguments);
        }
        return List.of();
    }

    /** A record or a class with public fields of MedMesh, possibly parameterised (a page). */
    static boolean isComponent(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return isComponent(parameterized.getRawType()) && Arrays.stream(parameterized.getActualTypeArguments())
                    .allMatch(argument -> argument instanceof Class<?>);
        }
        return type instanceof Class<?> c && c.getName().startsWith("org.medmesh.") && !c.isEnum()
                && !c.isInterface() && (c.isRecord() || Arrays.stream(c.getFields())
                        .anyMatch(field -> !Modifier.isStatic(field.getModifiers())));
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized
                ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
    }

    /** What the type variables of a parameterised record stand for ({@code T} of {@code Page<T>}). */
    static Map<TypeVariable<?>, Type> arguments(Type type) {
        Map<TypeVariable<?>, Type> arguments = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw(type).getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                arguments.put(variables[i], parameterized.getActualTypeArguments()[i]);
            }
        }
        return arguments;
    }

    private static Map<Type, String> names(Set<Type> types) {
        Map<String, List<Type>> bySimpleName = types.stream()
                .collect(groupingBy(type -> name(type, Class::getSimpleName)));
        Map<Type, String> names = new LinkedHashMap<>();
        for (Type type : types) {
            String simple = name(type, Class::getSimpleName);
            String name = bySimpleName.get(simple).size() == 1 ? simple : name(type, ComponentTypes::nestedName);
            if (names.containsValue(name)) {
                throw new IllegalStateException("Two body types would both be described as " + name);
            }
            names.put(type, name);
        }
        return names;
    }

    private static String name(Type type, Function<Class<?>, String> className) {
        if (type instanceof ParameterizedType parameterized) {
            return Stream.concat(Arrays.stream(parameterized.getActualTypeArguments()), Stream.of(raw(type)))
                    .map(part -> className.apply((Class<?>) part)).collect(joining());
        }
        return className.apply((Class<?>) type);
    }

    /** {@code BrokerHealthStatus} for {@code BrokerHealth.Status}. */
    private static String nestedName(Class<?> type) {
        return type.getEnclosingClass() == null
                ? type.getSimpleName()
                : nestedName(type.getEnclosingClass()) + type.getSimpleName();
    }
}

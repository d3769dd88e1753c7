package org.medmesh.interfaces.rest.openapi;

import static java.util.Map.entry;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * The schemas of component types ({@link ComponentTypes}) as JSON-B writes and reads them: an object of the type's
 * properties, where a UUID, date or instant is a string of its format, an enum a string of its constants' names, a
 * collection an array, a map an object of its values, and another component type a reference to its schema.
 */
final class TypeSchemas {

    /** A JSON type and format; a fresh schema per property, which its constraints then change. */
    private record Scalar(SchemaType type, String format) {

        Schema schema() {
            return OASFactory.createSchema().type(type).format(format);
        }
    }

    private static final Scalar TEXT = new Scalar(SchemaType.STRING, null);
    private static final Scalar YES_NO = new Scalar(SchemaType.BOOLEAN, null);
    private static final Scalar INT32 = new Scalar(SchemaType.INTEGER, "int32");
    private static final Scalar INT64 = new Scalar(SchemaType.INTEGER, "int64");
    private static final Scalar DOUBLE = new Scalar(SchemaType.NUMBER, "double");
    private static final Scalar DECIMAL = new Scalar(SchemaType.NUMBER, null);
    private static final Scalar INSTANT = new Scalar(SchemaType.STRING, "date-time");

    private static final Map<Class<?>, Scalar> SCALARS = Map.ofEntries(entry(String.class, TEXT),
            entry(boolean.class, YES_NO), entry(Boolean.class, YES_NO), entry(int.class, INT32),
            entry(Integer.class, INT32), entry(long.class, INT64), entry(Long.class, INT64),
            entry(double.class, DOUBLE), entry(Double.class, DOUBLE), entry(BigDecimal.class, DECIMAL),
            entry(BigInteger.class, DECIMAL), entry(UUID.class, new Scalar(SchemaType.STRING, "uuid")),
            entry(Instant.class, INSTANT), entry(OffsetDateTime.class, INSTANT),
            entry(LocalDate.class, new Scalar(SchemaType.STRING, "date")),
            entry(URI.class, new Scalar(SchemaType.STRING, "uri")),
            entry(JsonObject.class, new Scalar(SchemaType.OBJECT, null)),
            entry(JsonArray.class, new Scalar(SchemaType.ARRAY, null)));

    private final Map<Type, String> names;

    /** @param names the component types to describe, with their schemas' names */
    TypeSchemas(Map<Type, String> names) {
        this.names = names;
    }

    /** Each component type's schema under its name, sorted by name. */
    Map<String, Schema> byName() {
        Map<String, Schema> schemas = new TreeMap<>();
        names.forEach((type, name) -> schemas.put(name, objectOf(type)));
        return schemas;
    }

    private Schema objectOf(Type type) {
        Map<TypeVariable<?>, Type> arguments = ComponentTypes.arguments(type);
        Schema object = OASFactory.createSchema().type(SchemaType.OBJECT);
        for (JsonProperty property : JsonProperty.of(ComponentTypes.raw(type))) {
            object.addProperty(property.name(),
                    Constraints.applied(property.field(), valueOf(property.type(), arguments)));
            if (property.required()) {
                object.addRequired(property.name());
            }
        }
        return object;
    }

    private Schema valueOf(Type type, Map<TypeVariable<?>, Type> arguments) {
        Type resolved = type instanceof TypeVariable<?> variable
                ? arguments.getOrDefault(variable, Object.class)
                : type;
        String name = names.get(resolved);
        if (name != null) {
            return OASFactory.createSchema().ref(name);
        }
        if (resolved instanceof ParameterizedType parameterized) {
            Class<?> raw = ComponentTypes.raw(parameterized);
            Type[] held = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.ARRAY).items(valueOf(held[0], arguments));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return OASFactory.createSchema().type(SchemaType.OBJECT)
                        .additionalPropertiesSchema(valueOf(held[1], arguments));
            }
            return raw == Optional.class ? valueOf(held[0], arguments) : valueOf(raw, arguments);
        }
        if (resolved instanceof GenericArrayType array) {
            return OASFactory.createSchema().type(SchemaType.ARRAY)
                    .items(valueOf(array.getGenericComponentType(), arguments));
        }
        return resolved instanceof Class<?> c ? valueOf(c) : OASFactory.createSchema();
    }

    /** A scalar, an enum or an array; anything else may be any JSON value. */
    static Schema valueOf(Class<?> type) {
        if (type.isArray()) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(valueOf(type.getComponentType()));
        }
        if (type.isEnum()) {
            return TEXT.schema().enumeration(
                    Arrays.stream(type.getEnumConstants()).<Object>map(constant -> ((Enum<?>) constant).name())
                            .toList());
        }
        Scalar scalar = SCALARS.get(type);
        return scalar == null ? OASFactory.createSchema() : scalar.schema();
    }
}

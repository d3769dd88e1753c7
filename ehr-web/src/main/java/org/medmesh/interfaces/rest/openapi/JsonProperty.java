package org.medmesh.interfaces.rest.openapi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;

/**
 * A property of a body as JSON-B reads and writes it here (no JSON-B customisation is used): a record's component, else
 * a public instance field, under its Java name.
 *
 * @param field the field holding it, which carries its Bean Validation constraints
 */
record JsonProperty(String name, Type type, Field field) {

    static List<JsonProperty> of(Class<?> type) {
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(component -> of(type, component)).toList();
        }
        return Arrays.stream(type.getFields())
                .filter(field -> !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isTransient(field.getModifiers()))
                .map(field -> new JsonProperty(field.getName(), field.getGenericType(), field)).toList();
    }

    private static JsonProperty of(Class<?> record, RecordComponent component) {
        try {
            return new JsonProperty(component.getName(), component.getGenericType(),
                    record.getDeclaredField(component.getName()));
        } catch (NoSuchFieldException impossible) {
            throw new IllegalStateException("A record without the field of its component " + component, impossible);
        }
    }

    /** Whether the property is always there: a record's primitive component, or a field a request must give. */
    boolean required() {
        return field.getDeclaringClass().isRecord() && field.getType().isPrimitive() || Constraints.required(field);
    }
}

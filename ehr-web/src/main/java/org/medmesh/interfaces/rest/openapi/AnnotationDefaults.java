package org.medmesh.interfaces.rest.openapi;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Payara 6 copies every attribute of an OpenAPI annotation into the document, those left at their default too: a
 * {@code @Schema} brings {@code minLength: 0}, {@code nullable: false} and the like, {@code multipleOf: 0} (which
 * OpenAPI forbids) and {@code maxProperties: 0} (which would forbid an object any property); a {@code @Parameter}
 * brings {@code required: false}, beside a reference or over the {@code true} a path parameter must have. So what
 * restates OpenAPI's defaults is dropped, a reference keeps nothing beside it and a path parameter stays required; a
 * default value, which annotations (and {@code @DefaultValue}) give as text, gets the type of its schema.
 */
final class AnnotationDefaults {

    private AnnotationDefaults() {
    }

    static void dropFrom(Schema schema) {
        schema.setExclusiveMaximum(keepTrue(schema.getExclusiveMaximum()));
        schema.setExclusiveMinimum(keepTrue(schema.getExclusiveMinimum()));
        schema.setUniqueItems(keepTrue(schema.getUniqueItems()));
        schema.setNullable(keepTrue(schema.getNullable()));
        schema.setReadOnly(keepTrue(schema.getReadOnly()));
        schema.setWriteOnly(keepTrue(schema.getWriteOnly()));
        schema.setDeprecated(keepTrue(schema.getDeprecated()));
        schema.setMinLength(keepPositive(schema.getMinLength()));
        schema.setMinItems(keepPositive(schema.getMinItems()));
        schema.setMinProperties(keepPositive(schema.getMinProperties()));
        schema.setMaxProperties(keepPositive(schema.getMaxProperties()));
        if (schema.getMultipleOf() != null && schema.getMultipleOf().signum() <= 0) {
            schema.setMultipleOf(null);
        }
        if (schema.getDefaultValue() instanceof String text) {
            schema.setDefaultValue(typed(schema, text));
        }
    }

    /** A default value given as text, as a value of the schema's type. */
    static Object typed(Schema schema, String text) {
        if (text.isBlank() || schema.getType() == null) {
            return text.isBlank() ? null : text;
        }
        return switch (schema.getType()) {
            case INTEGER, NUMBER -> new BigDecimal(text);
            case BOOLEAN -> Boolean.valueOf(text);
            default -> text;
        };
    }

    static void dropFrom(Parameter parameter) {
        parameter.setDeprecated(keepTrue(parameter.getDeprecated()));
        parameter.setAllowEmptyValue(keepTrue(parameter.getAllowEmptyValue()));
        parameter.setAllowReserved(keepTrue(parameter.getAllowReserved()));
        if (parameter.getRef() != null) {
            parameter.setRequired(null);
        } else {
            boolean inPath = parameter.getIn() == Parameter.In.PATH;
            parameter.setRequired(inPath ? Boolean.TRUE : keepTrue(parameter.getRequired()));
        }
    }

    static void dropFrom(Operation operation) {
        operation.setDeprecated(keepTrue(operation.getDeprecated()));
    }

    private static Boolean keepTrue(Boolean value) {
        return Boolean.TRUE.equals(value) ? Boolean.TRUE : null;
    }

    private static Integer keepPositive(Integer value) {
        return value != null && value > 0 ? value : null;
    }
}

package org.medmesh.interfaces.rest.openapi;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A request field's Bean Validation constraints in its schema: what must be given, lengths and sizes, ranges, e-mail
 * addresses, and patterns, a pattern that only lists words ({@code MILD|MODERATE|SEVERE}) as those words' enumeration.
 */
final class Constraints {

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("\\w+(\\|\\w+)+");

    private Constraints() {
    }

    static boolean required(Field field) {
        return Stream.of(NotNull.class, NotBlank.class, NotEmpty.class).anyMatch(field::isAnnotationPresent);
    }

    /** The schema with the field's constraints; a reference stays as it is (OpenAPI 3.0 ignores what is beside it). */
    static Schema applied(Field field, Schema schema) {
        if (schema.getRef() != null) {
            return schema;
        }
        boolean text = schema.getType() == SchemaType.STRING;
        Size size = field.getAnnotation(Size.class);
        if (size != null) {
            Integer min = size.min() > 0 ? size.min() : null;
            Integer max = size.max() < Integer.MAX_VALUE ? size.max() : null;
            if (text) {
                schema.minLength(min).maxLength(max);
            } else {
                schema.minItems(min).maxItems(max);
            }
        }
        if (field.isAnnotationPresent(NotEmpty.class) || field.isAnnotationPresent(NotBlank.class)) {
            if (text && schema.getMinLength() == null) {
                schema.minLength(1);
            } else if (!text && schema.getMinItems() == null) {
                schema.minItems(1);
            }
        }
        Pattern pattern = field.getAnnotation(Pattern.class);
        if (pattern != null && WORDS.matcher(pattern.regexp()).matches()) {
            schema.enumeration(Arrays.<Object>asList(pattern.regexp().split("\\|")));
        } else if (pattern != null) {
            schema.pattern("^(?:" + pattern.regexp() + ")$");
        } else if (field.isAnnotationPresent(NotBlank.class)) {
            schema.pattern("\\S");
        }
        if (field.isAnnotationPresent(Email.class)) {
            schema.format("email");
        }
        ranges(field, schema);
        return schema;
    }

    private static void ranges(Field field, Schema schema) {
        Min min = field.getAnnotation(Min.class);
        Max max = field.getAnnotation(Max.class);
        DecimalMin decimalMin = field.getAnnotation(DecimalMin.class);
        DecimalMax decimalMax = field.getAnnotation(DecimalMax.class);
        if (min != null) {
            schema.minimum(BigDecimal.valueOf(min.value()));
        }
        if (max != null) {
            schema.maximum(BigDecimal.valueOf(max.value()));
        }
        if (decimalMin != null) {
            schema.minimum(new BigDecimal(decimalMin.value())).exclusiveMinimum(exclusive(decimalMin.inclusive()));
        }
        if (decimalMax != null) {
            schema.maximum(new BigDecimal(decimalMax.value())).exclusiveMaximum(exclusive(decimalMax.inclusive()));
        }
    }

    private static Boolean exclusive(boolean inclusive) {
        return inclusive ? null : Boolean.TRUE;
    }
}

package org.medmesh.interfaces.rest.openapi;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.medmesh.interfaces.rest.support.PageParams;

/**
 * The parameters many operations share, each named as it is sent ({@code @Parameter(ref = "id")}): a record's id, the
 * patient a list is about, If-Match, and the paging parameters of every list, whose types, ranges and defaults are read
 * from {@link PageParams} (Payara does not look into a {@code @BeanParam}).
 */
final class SharedParameters {

    private static final Map<String, String> PAGING = Map.of("page", "The page, from 0.", "size",
            "How many items a page holds.", "includeVoided",
            "Also list records voided as entered in error; a list that never shows voided records ignores it.");

    private SharedParameters() {
    }

    static Map<String, Parameter> byName() {
        Map<String, Parameter> parameters = new LinkedHashMap<>();
        parameters.put("id", parameter("id", In.PATH, "The record's id.", uuid()).required(true));
        parameters.put("patient", parameter("patient", In.QUERY, "The patient's id.", uuid()).required(true));
        parameters.put("If-Match", parameter("If-Match", In.HEADER, "The ETag of the version the change was made on, "
                + "as the last read or change answered it (\"3\"): a change to an older version is refused (412), one "
                + "without If-Match too (428).", OASFactory.createSchema().type(SchemaType.STRING)).required(true));
        for (Field field : PageParams.class.getFields()) {
            String name = field.getAnnotation(QueryParam.class).value();
            Schema schema = Constraints.applied(field, TypeSchemas.valueOf(field.getType()));
            schema.defaultValue(AnnotationDefaults.typed(schema, field.getAnnotation(DefaultValue.class).value()));
            parameters.put(name, parameter(name, In.QUERY, PAGING.get(name), schema));
        }
        return parameters;
    }

    private static Parameter parameter(String name, In in, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(in).description(description).schema(schema);
    }

    private static Schema uuid() {
        return OASFactory.createSchema().type(SchemaType.STRING).format("uuid");
    }
}

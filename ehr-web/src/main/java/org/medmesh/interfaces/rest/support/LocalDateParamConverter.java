package org.medmesh.interfaces.rest.support;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads {@code ?birthDate=1961-04-12}; anything else is a 400 saying the expected format. */
@Provider
public class LocalDateParamConverter implements ParamConverterProvider {

    private static final ParamConverter<LocalDate> ISO_DATE = new ParamConverter<>() {

        @Override
        public LocalDate fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new BadRequestException("Dates are written YYYY-MM-DD, e.g. 1961-04-12.");
            }
        }

        @Override
        public String toString(LocalDate value) {
            return value == null ? null : value.toString();
        }
    };

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        return rawType == LocalDate.class ? (ParamConverter<T>) ISO_DATE : null;
    }
}

package org.medmesh.interfaces.rest.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Validates request input inside the resource method rather than through annotations on its parameters: Payara 6's
 * OpenAPI generator fails on constraint annotations on non-path parameters (Payara FISH-12153), and {@code /openapi}
 * must work. The outcome is the same 400 problem listing each invalid field.
 */
@ApplicationScoped
public class Requests {

    @Inject
    Validator validator;

    /** The body, which must be present and valid. */
    public <T> T valid(T body, String ifMissing) {
        if (body == null) {
            throw new InvalidRequest("body", ifMissing);
        }
        return validIfPresent(body);
    }

    /** An optional body or a bean of query parameters, valid if present. */
    public <T> T validIfPresent(T input) {
        if (input != null) {
            Set<ConstraintViolation<T>> violations = validator.validate(input);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        return input;
    }

    /** A required query parameter. */
    public <T> T required(T value, String parameter, String ifMissing) {
        if (value == null) {
            throw new InvalidRequest(parameter, ifMissing);
        }
        return value;
    }

    /** A count parameter from 1 to {@code max}, {@code otherwise} when absent. */
    public int limit(Integer value, String parameter, int max, int otherwise) {
        if (value == null) {
            return otherwise;
        }
        if (value < 1 || value > max) {
            throw new InvalidRequest(parameter, "Give '" + parameter + "' from 1 to " + max + ".");
        }
        return value;
    }

    /** A query parameter of at most {@code max} characters. */
    public String bounded(String value, String parameter, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidRequest(parameter, "'" + parameter + "' has at most " + max + " characters.");
        }
        return value;
    }

    /** An optional query parameter holding an ISO-8601 instant such as {@code 2026-11-23T08:00:00Z}. */
    public Instant instant(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest(parameter,
                    "'" + parameter + "' is an ISO-8601 instant, e.g. 2026-11-23T08:00:00Z.");
        }
    }

    /** One missing or malformed piece of input. */
    public static final class InvalidRequest extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String field;

        public InvalidRequest(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }
}

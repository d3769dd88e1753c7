package org.medmesh.interfaces.rest.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.medmesh.interfaces.rest.problem.Problem;

/**
 * The problem answers operations share, and the schema of a problem's body as {@link Problem} writes it. A resource
 * names those its operations give ({@code @APIResponse(responseCode = "409", ref = "conflict")}) but not those
 * {@link ApiDocumentFilter} derives from the operation itself; an answer that means something particular to one
 * operation is declared there in full.
 */
final class ProblemAnswers {

    static final String SCHEMA = "Problem";
    static final String INVALID_REQUEST = "invalidRequest";
    static final String UNAUTHORIZED = "unauthorized";
    static final String FORBIDDEN = "forbidden";
    static final String NOT_FOUND = "notFound";
    static final String STALE_VERSION = "staleVersion";
    static final String IF_MATCH_REQUIRED = "ifMatchRequired";
    /** The 503 of degraded mode ({@code DegradedModeAnswers}). */
    static final String DATABASE_UNREACHABLE = "databaseUnreachable";

    private ProblemAnswers() {
    }

    static Map<String, APIResponse> byName() {
        Map<String, APIResponse> answers = new LinkedHashMap<>();
        answers.put(INVALID_REQUEST,
                problem("The request is invalid: the problem's errors name each invalid field, or "
                        + "its detail says what to correct."));
        answers.put(UNAUTHORIZED, problem("No bearer token, or one that is refused (expired, revoked, or not issued "
                + "by this hospital); the problem names the reason."));
        answers.put(FORBIDDEN, problem("The caller's role may not do this, or the patient does not share the record "
                + "with this hospital (consent-required: break the glass first)."));
        answers.put(NOT_FOUND, problem("There is no such record here."));
        answers.put("conflict", problem("The current state does not allow this (for example a visit already finished, "
                + "a username taken, backups not set up); the problem says why."));
        answers.put(STALE_VERSION, problem("Someone changed the record since the version in If-Match: read it again "
                + "and redo the change on what it shows."));
        answers.put("refusedByRule", problem("A clinical rule refused the request (for example a record of a voided "
                + "patient, a reason missing); the problem names the rule."));
        answers.put(IF_MATCH_REQUIRED, problem("A change needs If-Match with the ETag of the version it changes."));
        answers.put("signInLocked", problem("Too many failed sign-ins: signing in is locked for the seconds in "
                + "Retry-After.").addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds until signing in is possible again.")
                        .schema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int64"))));
        answers.put(DATABASE_UNREACHABLE, problem("The hospital's database cannot be reached (the node is degraded): "
                + "nothing was changed; send the request again after the seconds in Retry-After.").addHeader(
                        "Retry-After", OASFactory.createHeader().description("Seconds to wait before trying again.")
                                .schema(OASFactory.createSchema().type(SchemaType.INTEGER).format("int64"))));
        return answers;
    }

    /** RFC 9457 problem details, with the invalid fields of a 400. */
    static Schema problemDetails() {
        Schema invalidField = OASFactory.createSchema().type(SchemaType.OBJECT)
                .addProperty("field", text("The field, query parameter or header as the request named it."))
                .addProperty("message", text("What is wrong with it, for the person who has to correct it."))
                .required(List.of("field", "message"));
        return OASFactory.createSchema().type(SchemaType.OBJECT)
                .description("RFC 9457 problem details (" + Problem.MEDIA_TYPE + "). Some kinds of problem add "
                        + "members of their own, such as activeUntil for an emergency access already granted.")
                .addProperty("type", text("The kind of problem: https://medmesh.org/problems/ and its name, for "
                        + "example stale-version.").format("uri"))
                .addProperty("title", text("The kind of problem in a few words."))
                .addProperty("status", OASFactory.createSchema().type(SchemaType.INTEGER).format("int32")
                        .description("The HTTP status code."))
                .addProperty("detail", text("What happened to this request, and what to do about it."))
                .addProperty("errors", OASFactory.createSchema().type(SchemaType.ARRAY).items(invalidField)
                        .description("For an invalid request (400): each invalid field."))
                .required(List.of("type", "title", "status"));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref(SCHEMA))));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(SchemaType.STRING).description(description);
    }
}

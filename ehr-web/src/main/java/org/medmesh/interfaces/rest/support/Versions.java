package org.medmesh.interfaces.rest.support;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.medmesh.shared.application.RecordMetadata;

/**
 * Optimistic concurrency over HTTP: a record's version is its ETag; a change must send it back in If-Match, so a change
 * made on a stale copy is refused (412 Precondition Failed) instead of silently overwriting someone else's, and a
 * change without If-Match is refused (428 Precondition Required).
 */
public final class Versions {

    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private Versions() {
    }

    /** The version a client expects, from its If-Match header; a change without one is refused (428). */
    public static long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequired();
        }
        Matcher matcher = TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new PreconditionRequired();
        }
        return Long.parseLong(matcher.group(1));
    }

    public static EntityTag tag(RecordMetadata record) {
        return new EntityTag(Long.toString(record.version()));
    }

    public static Response ok(Object view, RecordMetadata record) {
        return Response.ok(view).tag(tag(record)).build();
    }

    /** 201 with the new record and its ETag; read it back through its collection (by patient). */
    public static Response created(Object view, RecordMetadata record) {
        return Response.status(Response.Status.CREATED).entity(view).tag(tag(record)).build();
    }

    public static Response created(URI location, Object view, RecordMetadata record) {
        return Response.created(location).entity(view).tag(tag(record)).build();
    }

    /** A change was sent without If-Match. */
    public static final class PreconditionRequired extends RuntimeException {

        private static final long serialVersionUID = 1L;

        PreconditionRequired() {
            super("Send the version you changed in an If-Match header (the ETag of your last read, e.g. If-Match: \"3\").");
        }
    }
}

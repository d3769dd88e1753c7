package org.medmesh.interfaces.rest.edge;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.medmesh.interfaces.rest.problem.Problem;
import org.medmesh.platform.config.HospitalProperty;

/**
 * Refuses a request body larger than {@code hospital.api.max-body-bytes} (1 MiB by default) with a 413 problem, before
 * any resource parses it. The refused body is still read to its end (up to {@link #DRAIN_LIMIT}) and thrown away: a
 * client that is still sending when the server answers and stops reading gets a reset connection instead of the answer.
 * A body of unknown length (chunked) is read into memory up to the limit and handed on from there.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class RequestSizeLimitFilter implements ContainerRequestFilter {

    /** Beyond this much, the rest of a refused body is not read; the connection is dropped with the answer. */
    static final long DRAIN_LIMIT = 64L * 1024 * 1024;

    @Inject
    @ConfigProperty(name = HospitalProperty.Names.API_MAX_BODY_BYTES, defaultValue = "1048576")
    long maxBodyBytes;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!request.hasEntity()) {
            return;
        }
        int declared = request.getLength();
        if (declared > maxBodyBytes) {
            refuse(request, request.getEntityStream());
            return;
        }
        if (declared < 0) {
            InputStream body = request.getEntityStream();
            byte[] head = body.readNBytes((int) Math.min(maxBodyBytes + 1, Integer.MAX_VALUE));
            if (head.length > maxBodyBytes) {
                refuse(request, body);
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(head));
        }
    }

    private void refuse(ContainerRequestContext request, InputStream body) throws IOException {
        long drained = drain(body);
        Response.ResponseBuilder answer = Response.fromResponse(Problem.response(413, "request-too-large",
                "The request body is too large", "Send at most " + maxBodyBytes + " bytes in one request.",
                Map.of("maxBytes", maxBodyBytes)));
        if (drained >= DRAIN_LIMIT) {
            answer.header("Connection", "close");
        }
        request.abortWith(answer.build());
    }

    /** Reads and discards the body up to {@link #DRAIN_LIMIT}; returns how much was read. */
    private static long drain(InputStream body) throws IOException {
        byte[] discard = new byte[16 * 1024];
        long drained = 0;
        int read;
        while (drained < DRAIN_LIMIT && (read = body.read(discard)) >= 0) {
            drained += read;
        }
        return drained;
    }
}

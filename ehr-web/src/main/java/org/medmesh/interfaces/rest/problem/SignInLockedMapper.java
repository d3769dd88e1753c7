package org.medmesh.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Map;

import org.medmesh.identity.application.SignInLockedException;

/**
 * Sign-in locked after repeated failures: 429 with {@code Retry-After} (seconds). Unknown usernames lock the same way,
 * so the answer says nothing about which accounts exist.
 */
@Provider
public class SignInLockedMapper implements ExceptionMapper<SignInLockedException> {

    @Override
    public Response toResponse(SignInLockedException exception) {
        long seconds = Math.max(1, exception.retryAfter().toSeconds());
        return Response.fromResponse(Problem.response(429, "sign-in-locked", "Sign-in locked",
                exception.getMessage(), Map.of("retryAfterSeconds", seconds)))
                .header("Retry-After", Long.toString(seconds)).build();
    }
}

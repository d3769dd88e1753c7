package org.medmesh.interfaces.rest.auth;

import java.util.List;

/** Who the bearer of a token is, as this node sees it. */
public record CallerResponse(String username, List<String> roles, String hospital) {
}

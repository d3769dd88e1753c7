/**
 * Signing of the JSON Web Tokens this hospital issues (RS256, key from configuration).
 */
package org.medmesh.identity.infrastructure.token;

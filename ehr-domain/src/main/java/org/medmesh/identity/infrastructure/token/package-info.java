/**
 * Signing of the JSON Web Tokens this hospital issues and verification of the tokens of every trusted issuer (RS256,
 * keys from configuration, PEM or JWKS).
 */
package org.medmesh.identity.infrastructure.token;

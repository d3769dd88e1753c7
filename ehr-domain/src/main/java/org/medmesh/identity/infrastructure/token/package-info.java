/**
 * Signing of the JSON Web Tokens this hospital issues and verification of the tokens of every trusted issuer (RS256,
 * keys from configuration, PEM or JWKS). Nimbus JOSE+JWT does the JOSE work (JWS parsing, signing and signature checks,
 * JWK sets); this package keeps the rules: which issuers, keys, algorithm, claims and roles are accepted, and why a
 * token is refused.
 */
package org.medmesh.identity.infrastructure.token;

package org.medmesh.identity.domain.model;

/** Why a bearer token was refused; each maps to a sentence for the caller. */
public enum TokenRejection {

    MALFORMED("The token is not a signed JWT (header.payload.signature)."), UNSUPPORTED_ALGORITHM(
            "The token is not signed with RS256; no other algorithm is accepted."), UNTRUSTED_ISSUER(
                    "The token's issuer is not trusted by this hospital."), UNKNOWN_KEY(
                            "The token is signed with a key this hospital does not know for its issuer."), BAD_SIGNATURE(
                                    "The token's signature does not match its content."), EXPIRED(
                                            "The token has expired; sign in again."), NOT_YET_VALID(
                                                    "The token is not valid yet."), WRONG_AUDIENCE(
                                                            "The token is not meant for this hospital (audience)."), MISSING_CLAIM(
                                                                    "The token lacks a required claim."), SYSTEM_ROLE(
                                                                            "No bearer token may carry the system role; peer hospitals use the broker bridges."), NO_ROLE(
                                                                                    "The token grants none of this hospital's roles."), UNKNOWN_ACCOUNT(
                                                                                            "The token's user has no account at this hospital."), ACCOUNT_DISABLED(
                                                                                                    "The account is disabled."), ROLE_MISMATCH(
                                                                                                            "The token's role is not the account's current role; sign in again."), SUPERSEDED(
                                                                                                                    "The token was issued before the account's last change; sign in again."), REVOKED(
                                                                                                                            "The token was revoked (signed out); sign in again.");

    private final String message;

    TokenRejection(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}

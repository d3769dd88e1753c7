/**
 * JPA implementations of the identity repositories: staff accounts, failed sign-ins and revoked tokens.
 */
package org.medmesh.identity.infrastructure.persistence;

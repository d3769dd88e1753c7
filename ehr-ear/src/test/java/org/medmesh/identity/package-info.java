/**
 * In-container tests of sign-in: trusted issuers, revocation, lockout and staff administration.
 */
package org.medmesh.identity;

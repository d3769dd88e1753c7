/**
 * Sign-in and sign-out: issuing bearer tokens, revoking them, changing one's password and telling a caller who they
 * are.
 */
package org.medmesh.interfaces.rest.auth;

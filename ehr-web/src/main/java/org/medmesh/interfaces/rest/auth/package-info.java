/**
 * Sign-in: issuing bearer tokens and telling a caller who they are.
 */
package org.medmesh.interfaces.rest.auth;

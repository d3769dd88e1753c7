/**
 * Enforcement of who may call an application service operation, from the one declaration on the service interface.
 */
package org.medmesh.platform.infrastructure.security;

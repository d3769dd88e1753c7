/**
 * Tests of the enforcement of declared access.
 */
package org.medmesh.platform.infrastructure.security;

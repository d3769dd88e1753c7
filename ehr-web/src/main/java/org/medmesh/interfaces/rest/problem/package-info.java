/**
 * RFC 9457 problem details: every error a client sees, with no stack traces.
 */
package org.medmesh.interfaces.rest.problem;

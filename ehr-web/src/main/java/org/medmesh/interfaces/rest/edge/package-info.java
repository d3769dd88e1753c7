/**
 * What every API answer carries and every request must respect: security headers, no cross-origin access, a body size
 * limit.
 */
package org.medmesh.interfaces.rest.edge;

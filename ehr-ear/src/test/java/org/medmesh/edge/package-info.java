/** The API's edge on a real node: security headers, closed CORS, the body size limit. */
package org.medmesh.edge;

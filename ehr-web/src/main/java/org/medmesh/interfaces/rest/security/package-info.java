/**
 * The API's side of sign-in (refused tokens answered with 401, the caller noted for the services) and the role checks
 * declared on resources. The mechanism itself serves pages too: {@link org.medmesh.interfaces.web.security}.
 */
package org.medmesh.interfaces.rest.security;

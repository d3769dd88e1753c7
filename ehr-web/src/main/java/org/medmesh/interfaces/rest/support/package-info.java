/**
 * What every resource shares: ETag/If-Match versions, Location headers, paging parameters.
 */
package org.medmesh.interfaces.rest.support;

/** Tests of reading and watching a connection pool shaped as Payara's, on a stand-in pool. */
package org.medmesh.platform.infrastructure.persistence.pool;

/**
 * How busy the hospital database's connection pool is, as metrics. Payara's pool monitoring leaves out a pool an
 * application defines, so the figures are read from Payara's pool object itself; only this package knows its classes.
 */
package org.medmesh.platform.infrastructure.persistence.pool;

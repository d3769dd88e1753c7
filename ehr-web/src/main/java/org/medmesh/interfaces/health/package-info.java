/**
 * MicroProfile Health readiness checks: the database and the broker.
 */
package org.medmesh.interfaces.health;

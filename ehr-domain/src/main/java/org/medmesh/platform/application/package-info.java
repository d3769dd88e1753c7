/**
 * Node-level application services: facts about this node's own infrastructure (database reachability) and the
 * background loop the outbox readers run on, the leadership of singleton jobs, the backups, the hot reads kept in the
 * data grid.
 */
package org.medmesh.platform.application;

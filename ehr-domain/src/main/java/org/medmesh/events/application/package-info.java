/**
 * Recording domain events from application services: one call per write, same transaction.
 */
package org.medmesh.events.application;

/**
 * Default implementations of the sync application services.
 */
package org.medmesh.sync.application.internal;

/**
 * Default implementations of the platform application services.
 */
package org.medmesh.platform.application.internal;

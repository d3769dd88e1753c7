/**
 * Default implementations of the clinical services.
 */
package org.medmesh.clinical.application.internal;

/**
 * Shared kernel: identifier value types and time-ordered UUIDs used by every bounded context.
 */
package org.medmesh.shared.domain.model;

/**
 * In-container tests of the clinical records API: the ward workflow, role matrix, validation and concurrency.
 */
package org.medmesh.clinical;

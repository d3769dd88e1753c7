/**
 * Default implementations of the medication services.
 */
package org.medmesh.medication.application.internal;

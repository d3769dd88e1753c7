/**
 * Prescriptions, their safety checks against allergies and duplicate therapy, and dispensing.
 */
package org.medmesh.medication.domain.model;

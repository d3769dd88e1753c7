/**
 * Prescriptions and dispensing over REST.
 */
package org.medmesh.interfaces.rest.medication;

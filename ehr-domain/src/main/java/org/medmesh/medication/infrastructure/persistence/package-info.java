/**
 * JPA access to prescriptions and dispensings.
 */
package org.medmesh.medication.infrastructure.persistence;

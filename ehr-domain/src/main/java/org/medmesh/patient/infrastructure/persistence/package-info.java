/**
 * JPA implementation of the patient repository, including indexed name search.
 */
package org.medmesh.patient.infrastructure.persistence;

/**
 * Registering, finding, updating and voiding patients, and reading a patient's chart.
 */
package org.medmesh.patient.application;

/**
 * The audit trail: every request touching patient data (who, role, hospital, patient, what, when, outcome,
 * break-the-glass) appended to a hash chain that an auditor can verify.
 */
package org.medmesh.audit;

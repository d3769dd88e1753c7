/** Audit entries, the keyed hash chain that links them and its verification. Plain Java. */
package org.medmesh.audit.domain.model;

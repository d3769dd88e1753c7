/** Tests of the audit chain. */
package org.medmesh.audit.domain.model;

/**
 * The audit trail at the API's edge: every request to the API is recorded by {@link AuditFilter} (refused ones too),
 * and administrators search and verify the chain under {@code /api/v1/admin/audit}.
 */
package org.medmesh.interfaces.rest.audit;

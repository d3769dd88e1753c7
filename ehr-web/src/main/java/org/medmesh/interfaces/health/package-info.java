/**
 * MicroProfile Health readiness checks: the database and the broker, status only (anyone may ask); the details are
 * served to administrators by {@code GET /api/v1/admin/health}.
 */
package org.medmesh.interfaces.health;

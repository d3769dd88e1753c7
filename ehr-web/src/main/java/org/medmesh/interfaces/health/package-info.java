/**
 * MicroProfile Health checks. Readiness per dependency — database, broker, migrations (each {@code up} or {@code down};
 * down makes the node unready) and the bridges to the peers ({@code up}, {@code degraded} or {@code unknown}, never
 * unready: a hospital works on without its peers) — and liveness of the background loops. Anyone may ask; the details
 * are served to administrators by {@code GET /api/v1/admin/health}.
 */
package org.medmesh.interfaces.health;

/** The audit chain in MariaDB: {@code audit_event} (append-only) and its head {@code audit_chain_head}. */
package org.medmesh.audit.infrastructure.persistence;

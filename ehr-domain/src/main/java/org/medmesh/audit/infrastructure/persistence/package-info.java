/**
 * The audit chain in MariaDB: {@code audit_event} and the patients each entry's answer exposed, {@code audit_exposure}
 * (both append-only), and the chain's head {@code audit_chain_head}.
 */
package org.medmesh.audit.infrastructure.persistence;

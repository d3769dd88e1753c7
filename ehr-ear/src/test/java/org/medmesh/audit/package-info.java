/** The audit trail on a real node: what each request leaves in it, and the verifier against tampering in the DB. */
package org.medmesh.audit;

/**
 * The server side of the risk model: the feed that turns committed outbox events into patient updates, the scoring and
 * storage of each update, the re-scoring of assessments an earlier model made, the erasure of opted-out patients, and
 * the clinicians' read of the latest assessment.
 */
package org.medmesh.analytics.application.internal;

/**
 * The analytics use cases: the node's risk model trained from the bundled data, the evaluation the model card reports,
 * and the clinicians' read of a patient's latest assessment, with the ports the feed and the risk bean work through.
 */
package org.medmesh.analytics.application;

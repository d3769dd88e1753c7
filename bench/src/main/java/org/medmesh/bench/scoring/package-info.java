/**
 * Scenario 4's in-process half: the node's risk model scoring one patient, measured with JMH (the model, trained and
 * called exactly as the node's risk bean calls it; no server, broker or database in the way).
 */
package org.medmesh.bench.scoring;

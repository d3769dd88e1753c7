/**
 * In-container tests of what operators rely on: the node's metrics as Prometheus reads them, and the monitoring files
 * (alert rules, dashboards) checked against what the node really serves.
 */
package org.medmesh.operations;

/**
 * In-container tests of what operators rely on: the node's metrics as Prometheus reads them, the monitoring and
 * container files (alert rules, dashboards, compose file) checked against what the node really serves, degraded mode
 * with the node's database stopped, and the API document (/openapi) validated as OpenAPI clients read it.
 */
package org.medmesh.operations;

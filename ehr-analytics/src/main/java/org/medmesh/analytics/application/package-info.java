/**
 * The analytics use cases in plain Java: the node's risk model trained from the bundled data, and the evaluation the
 * model card reports.
 */
package org.medmesh.analytics.application;

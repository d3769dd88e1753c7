/**
 * Command-line entry points of the analytics module: the model-card generator behind {@code ./ehr model-card}.
 */
package org.medmesh.analytics.interfaces.cli;

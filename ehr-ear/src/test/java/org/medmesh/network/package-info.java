/**
 * System tests: the three-hospital network started and stopped by the launcher.
 */
package org.medmesh.network;

/** Tests of the seed command: its arguments and its repeatable synthetic patients. */
package org.medmesh.client.seed;

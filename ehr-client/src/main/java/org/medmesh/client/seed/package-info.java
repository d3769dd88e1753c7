/**
 * {@code ./ehr seed}: plausible synthetic patients, visits and observations sent through the REST API of the running
 * hospitals as their demo nurse and doctor. {@link org.medmesh.client.seed.SyntheticPatient} draws a patient from
 * (seed, index) alone, so a run is repeatable whatever the threads' interleaving.
 */
package org.medmesh.client.seed;

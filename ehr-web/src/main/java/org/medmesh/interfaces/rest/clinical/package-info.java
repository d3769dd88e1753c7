/**
 * Clinical records over REST: visits, observations, problems, allergies, notes, treatments.
 */
package org.medmesh.interfaces.rest.clinical;

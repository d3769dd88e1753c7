/**
 * The node's condition as its users see it: normal, or degraded because the hospital's database cannot be reached
 * (writes refused with a problem naming the cause, nothing changed) or because no peer hospital can be (work goes on
 * here and reaches the peers later). Told in every response's {@code MedMesh-Condition} header, in a banner on every
 * page and in the readiness checks.
 */
package org.medmesh.interfaces.condition;

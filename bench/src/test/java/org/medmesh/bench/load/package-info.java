/** Tests of the load generators. */
package org.medmesh.bench.load;

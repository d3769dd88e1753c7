/** Tests of the scale scenario's synthetic population and bulk-load statements. */
package org.medmesh.bench.scale;

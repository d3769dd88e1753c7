/** Tests of the results' files, their merging and the report rendered from them. */
package org.medmesh.bench.report;

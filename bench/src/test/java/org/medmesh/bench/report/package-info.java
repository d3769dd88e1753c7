/** Tests of the results' files and their merging. */
package org.medmesh.bench.report;

/** The harness's smoke run, executed by the build. */
package org.medmesh.bench;

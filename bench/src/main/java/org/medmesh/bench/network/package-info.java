/**
 * The hospitals under test: run with the project's launcher ({@code ./ehr}) on the benchmark's own work directory and
 * ports, reached over REST like any client, and over JDBC where a figure needs the database's own view.
 */
package org.medmesh.bench.network;

/**
 * The one HTTP client of a node's REST API ({@link org.medmesh.client.ApiClient}): what the container and system tests,
 * the benchmark and the launcher's seed and rebuild commands use to talk to a hospital, as any REST client would. Plain
 * Java 17 and JSON-P, nothing of the server's code.
 */
package org.medmesh.client;

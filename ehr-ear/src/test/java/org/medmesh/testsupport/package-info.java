/**
 * Helpers shared by the in-container and system tests: an HTTP client for a node's API, token forging, polling.
 */
package org.medmesh.testsupport;

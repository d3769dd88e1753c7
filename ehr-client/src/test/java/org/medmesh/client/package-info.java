/** Tests of the client against a loopback HTTP server ({@code FakeNode}) that records what it was sent. */
package org.medmesh.client;

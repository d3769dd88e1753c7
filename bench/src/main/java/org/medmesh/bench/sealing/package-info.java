/** What sealing a change (the origin's Ed25519 signature) and verifying it cost, measured with JMH. */
package org.medmesh.bench.sealing;

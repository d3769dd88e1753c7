/**
 * Signatures of the origin hospital over every change it sends: the canonical content signed, this hospital's signing
 * key and the network's public keys that verify what peers send (with key rotation).
 */
package org.medmesh.sync.infrastructure.signing;

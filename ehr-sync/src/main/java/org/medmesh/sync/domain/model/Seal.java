package org.medmesh.sync.domain.model;

import java.util.Objects;

/**
 * The origin hospital's signature over a change: who made the change there ({@code actor}), which of the origin's
 * signing keys signed it and the signature itself (Base64). It travels with the change wherever the change goes — to
 * peers directly, through anti-entropy and rebuilds — so every hospital can check that the origin wrote exactly this.
 */
public record Seal(String actor, String keyId, String signature) {

    public Seal {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(keyId, "key id");
        Objects.requireNonNull(signature, "signature");
    }

    /** Who made a change of this hospital's own, before this hospital signs it for a peer. */
    public static Seal unsigned(String actor) {
        return new Seal(actor, "", "");
    }

    public boolean signed() {
        return !keyId.isEmpty() && !signature.isEmpty();
    }
}

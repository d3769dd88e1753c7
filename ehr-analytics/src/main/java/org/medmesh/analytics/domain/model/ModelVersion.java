package org.medmesh.analytics.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Names one trained model exactly: a digest of its training data, inputs, parameters and library version, so two nodes
 * that trained the same model report the same version and any change yields another.
 */
public record ModelVersion(String value) {

    public ModelVersion {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a model version cannot be blank");
        }
    }

    /**
     * The version of a model built from this one by a method: the same prefix ({@code heart-lr-}) and the first 16 hex
     * digits of a SHA-256 over this version and the method's description, so a change to either gives another.
     */
    public ModelVersion refined(String method) {
        String prefix = value.substring(0, value.lastIndexOf('-') + 1);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((value + "\n" + method).getBytes(StandardCharsets.UTF_8));
            return new ModelVersion(prefix + HexFormat.of().formatHex(digest, 0, 8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

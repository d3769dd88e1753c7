package org.medmesh.sync.infrastructure.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.Seal;

/**
 * The public signing keys of the hospitals of the network, read from a text file with one key per line:
 * {@code <hospital> <Base64 X.509 Ed25519 public key> [retired-after=<ISO-8601 instant>]} ({@code #} starts a comment).
 * A change is accepted only when its seal names a key of the change's origin, valid when the change was stamped, and
 * the signature verifies over its {@link SignedContent}.
 */
public final class NetworkKeys {

    public static final String ALGORITHM = "Ed25519";

    private final Map<String, TrustedKey> byId;

    NetworkKeys(List<TrustedKey> keys) {
        Map<String, TrustedKey> map = new LinkedHashMap<>();
        keys.forEach(key -> map.put(key.keyId(), key));
        this.byId = Map.copyOf(map);
    }

    public static NetworkKeys read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the network's signing keys from " + file + ": "
                    + e.getMessage(), e);
        }
    }

    static NetworkKeys parse(List<String> lines, String source) {
        List<TrustedKey> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            try {
                keys.add(key(line.split("\\s+")));
            } catch (RuntimeException | GeneralSecurityException e) {
                throw new IllegalStateException(source + ":" + (i + 1) + ": expected '<hospital> <Base64 Ed25519 "
                        + "public key> [retired-after=<instant>]': " + e.getMessage(), e);
            }
        }
        return new NetworkKeys(keys);
    }

    private static TrustedKey key(String[] fields) throws GeneralSecurityException {
        if (fields.length < 2 || fields.length > 3) {
            throw new IllegalArgumentException("2 or 3 fields, got " + fields.length);
        }
        PublicKey key = KeyFactory.getInstance(ALGORITHM)
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(fields[1])));
        Instant retired = null;
        if (fields.length == 3) {
            if (!fields[2].startsWith("retired-after=")) {
                throw new IllegalArgumentException("unknown option " + fields[2]);
            }
            try {
                retired = Instant.parse(fields[2].substring("retired-after=".length()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("retired-after is not an instant", e);
            }
        }
        return new TrustedKey(fields[0], TrustedKey.idOf(key), key, retired);
    }

    public Optional<TrustedKey> byId(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    public List<TrustedKey> of(String hospital) {
        return byId.values().stream().filter(k -> k.hospital().equals(hospital)).toList();
    }

    /** Why the change must not be applied, or empty when its origin's signature holds. */
    public Optional<String> refusal(Change change) {
        Seal seal = change.seal();
        if (seal == null) {
            return Optional.of("unsigned: the change carries no signature of its origin");
        }
        TrustedKey key = byId.get(seal.keyId());
        if (key == null) {
            return Optional.of("unknown key " + seal.keyId() + ": not among the network's signing keys");
        }
        if (!key.hospital().equals(change.origin().value())) {
            return Optional.of("forged origin: key " + seal.keyId() + " belongs to " + key.hospital()
                    + ", the change claims origin " + change.origin().value());
        }
        if (!key.validAt(Instant.ofEpochMilli(change.hlc().millis()))) {
            return Optional.of("retired key: " + seal.keyId() + " was retired at " + key.retiredAfter()
                    + ", before the change was stamped");
        }
        return verifies(key.key(), SignedContent.of(change), seal.signature())
                ? Optional.empty()
                : Optional.of("bad signature: the change is not what its origin signed");
    }

    static boolean verifies(PublicKey key, byte[] content, String signature) {
        try {
            return Ed25519Signatures.verifies(key, content, Base64.getDecoder().decode(signature));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

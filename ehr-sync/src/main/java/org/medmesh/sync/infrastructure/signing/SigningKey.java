package org.medmesh.sync.infrastructure.signing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;

/**
 * This hospital's private signing key (Ed25519, PKCS#8 PEM) with the id of its public half in the network's keys. A key
 * whose public half the network does not list for this hospital is refused at start: peers would quarantine everything
 * it signs.
 */
public final class SigningKey {

    private final Ed25519PrivateKeyParameters key;
    private final String keyId;

    private SigningKey(Ed25519PrivateKeyParameters key, String keyId) {
        this.key = key;
        this.keyId = keyId;
    }

    public static SigningKey load(Path pem, String hospital, NetworkKeys network) {
        Ed25519PrivateKeyParameters key = Ed25519Signatures.signing(readPem(pem));
        byte[] probe = ("medmesh key probe " + hospital).getBytes(StandardCharsets.UTF_8);
        String signature = sign(key, probe);
        for (TrustedKey trusted : network.of(hospital)) {
            if (trusted.retiredAfter() == null && NetworkKeys.verifies(trusted.key(), probe, signature)) {
                return new SigningKey(key, trusted.keyId());
            }
        }
        throw new IllegalStateException("the signing key in " + pem + " is not a current key of " + hospital
                + " in the network's keys: add its public key to the network keys file of every hospital");
    }

    private static PrivateKey readPem(Path pem) {
        try {
            String text = Files.readString(pem, StandardCharsets.US_ASCII);
            String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance(NetworkKeys.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot read the Ed25519 signing key (PKCS#8 PEM) from " + pem + ": "
                    + e.getMessage(), e);
        }
    }

    public String keyId() {
        return keyId;
    }

    /** The Base64 signature over the content. */
    public String sign(byte[] content) {
        return sign(key, content);
    }

    private static String sign(Ed25519PrivateKeyParameters key, byte[] content) {
        return Base64.getEncoder().encodeToString(Ed25519Signatures.sign(key, content));
    }
}

package org.medmesh.interfaces.web.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that opens a signed-in session, kept by the browser alone: a random AES-256 key in an HttpOnly cookie of its
 * own, under which the session holds its token (AES-GCM). With several server instances the sessions live in the data
 * grid, which any process on the host can join; what it finds there (session ids, sealed tokens) signs no one in
 * without the browser's cookie.
 */
final class SessionKeys {

    /** The cookie holding the key. */
    static final String COOKIE = "MEDMESH_SESSION_KEY";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final byte[] CONTEXT = "medmesh ward session token".getBytes(StandardCharsets.UTF_8);
    private static final SecureRandom RANDOM = new SecureRandom();

    private SessionKeys() {
    }

    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    /** The token sealed under {@code key}, as the session keeps it. */
    static String seal(byte[] key, String token) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, nonce).map(c -> finish(c, token.getBytes(
                StandardCharsets.UTF_8))).orElseThrow(() -> new IllegalStateException("AES-GCM is not available"));
        return Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce)
                .put(sealed).array());
    }

    /** The token, when {@code sealed} opens under {@code key}; empty for another key or a damaged value. */
    static Optional<String> open(byte[] key, String sealed) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(sealed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length <= NONCE_BYTES) {
            return Optional.empty();
        }
        return cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE_BYTES))
                .map(c -> finish(c, Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length)))
                .map(plain -> new String(plain, StandardCharsets.UTF_8));
    }

    /** The key the request's browser holds, if it holds one of the right size. */
    static Optional<byte[]> keyOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                try {
                    byte[] key = Base64.getUrlDecoder().decode(cookie.getValue());
                    return key.length == KEY_BYTES ? Optional.of(key) : Optional.empty();
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** The cookie giving the browser {@code key} (null: the cookie that removes it). */
    static Cookie cookie(HttpServletRequest request, byte[] key) {
        Cookie cookie = new Cookie(COOKIE, key == null
                ? ""
                : Base64.getUrlEncoder().withoutPadding()
                        .encodeToString(key));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setAttribute("SameSite", "Strict");
        cookie.setMaxAge(key == null ? 0 : -1);
        return cookie;
    }

    private static Optional<Cipher> cipher(int mode, byte[] key, byte[] nonce) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            cipher.updateAAD(CONTEXT);
            return Optional.of(cipher);
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static byte[] finish(Cipher cipher, byte[] input) {
        try {
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            return null;
        }
    }
}

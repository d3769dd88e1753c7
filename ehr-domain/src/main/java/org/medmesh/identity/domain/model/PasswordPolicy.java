package org.medmesh.identity.domain.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a new password must meet (OWASP ASVS 2.1): 12 to 128 characters, not containing the username, not one of
 * the commonly used passwords bundled with MedMesh ({@code common-passwords.txt}, compared ignoring case). Any other
 * characters, spaces included, are allowed and no composition rules are imposed.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Every rule the password breaks, each as a sentence the user can act on; empty when it is acceptable. */
    public static List<String> violations(String username, char[] password) {
        List<String> broken = new ArrayList<>();
        int length = password == null ? 0 : Character.codePointCount(password, 0, password.length);
        if (length < MIN_LENGTH) {
            broken.add("A password has at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            broken.add("A password has at most " + MAX_LENGTH + " characters.");
        }
        if (password == null) {
            return broken;
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add("A password must not contain the username.");
        }
        if (COMMON.contains(lower)) {
            broken.add("This password is too common; choose one that others are unlikely to use.");
        }
        return broken;
    }

    /** Refuses the password with every rule it breaks, naming the request field it came from. */
    public static void require(String username, char[] password, String field) {
        List<String> broken = violations(username, password);
        if (!broken.isEmpty()) {
            throw new PasswordRejected(field, broken);
        }
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.medmesh.interfaces.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import java.lang.reflect.Proxy;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class SessionKeysTest {

    private static final String TOKEN = "eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJudXJzZS5qb3kifQ.c2lnbmF0dXJl";

    @Test
    void shouldOpenTheTokenOnlyWithTheKeyItWasSealedUnder() {
        byte[] key = SessionKeys.newKey();
        String sealed = SessionKeys.seal(key, TOKEN);

        assertThat(sealed).doesNotContain(TOKEN).doesNotContain("eyJ");
        assertThat(SessionKeys.open(key, sealed)).contains(TOKEN);
        assertThat(SessionKeys.open(SessionKeys.newKey(), sealed)).isEmpty();
    }

    @Test
    void shouldOpenNothingDamaged() {
        byte[] key = SessionKeys.newKey();
        byte[] sealed = Base64.getDecoder().decode(SessionKeys.seal(key, TOKEN));
        sealed[sealed.length / 2] ^= 1;

        assertThat(SessionKeys.open(key, Base64.getEncoder().encodeToString(sealed))).isEmpty();
        assertThat(SessionKeys.open(key, "not base64 at all!")).isEmpty();
        assertThat(SessionKeys.open(key, "AAAA")).isEmpty();
    }

    @Test
    void shouldGiveTheBrowserAnHttpOnlyCookieAndReadItBack() {
        byte[] key = SessionKeys.newKey();
        Cookie given = SessionKeys.cookie(request(false, "", null), key);

        assertThat(given.getName()).isEqualTo(SessionKeys.COOKIE);
        assertThat(given.isHttpOnly()).isTrue();
        assertThat(given.getAttribute("SameSite")).isEqualTo("Strict");
        assertThat(given.getPath()).isEqualTo("/");
        assertThat(given.getMaxAge()).as("for the browser's session only").isEqualTo(-1);
        assertThat(SessionKeys.cookie(request(true, "", null), key).getSecure()).as("over HTTPS").isTrue();
        assertThat(SessionKeys.keyOf(request(false, "", new Cookie[]{new Cookie("other", "x"), given})))
                .hasValueSatisfying(read -> assertThat(read).isEqualTo(key));
    }

    @Test
    void shouldTakeTheKeyBackAndIgnoreAMalformedOne() {
        Cookie removal = SessionKeys.cookie(request(false, "/ehr", null), null);

        assertThat(removal.getMaxAge()).isZero();
        assertThat(removal.getValue()).isEmpty();
        assertThat(removal.getPath()).isEqualTo("/ehr");
        assertThat(SessionKeys.keyOf(request(false, "", null))).isEmpty();
        assertThat(SessionKeys.keyOf(request(false, "", new Cookie[]{new Cookie(SessionKeys.COOKIE, "c2hvcnQ")})))
                .as("too short").isEmpty();
        assertThat(SessionKeys.keyOf(request(false, "", new Cookie[]{new Cookie(SessionKeys.COOKIE, "%%%")})))
                .as("not base64").isEmpty();
    }

    /** A request that answers only what the session keys ask of it. */
    private static HttpServletRequest request(boolean secure, String contextPath, Cookie[] cookies) {
        return (HttpServletRequest) Proxy.newProxyInstance(SessionKeysTest.class.getClassLoader(),
                new Class<?>[]{HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "isSecure" -> secure;
                    case "getContextPath" -> contextPath;
                    case "getCookies" -> cookies;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}

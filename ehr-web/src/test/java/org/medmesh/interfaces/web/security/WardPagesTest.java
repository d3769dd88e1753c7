package org.medmesh.interfaces.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WardPagesTest {

    @Test
    void returnsOnlyToThisApplicationsOwnPages() {
        assertThat(WardPages.isSafeReturn("/ward/patients.xhtml")).isTrue();
        assertThat(WardPages.isSafeReturn("/ward/chart.xhtml?patient=0190a3c2-1b2c-7d3e-8f40-123456789abc")).isTrue();
        assertThat(WardPages.isSafeReturn("/admin/index.xhtml")).isTrue();

        assertThat(WardPages.isSafeReturn(null)).isFalse();
        assertThat(WardPages.isSafeReturn("https://evil.example/ward/patients.xhtml")).isFalse();
        assertThat(WardPages.isSafeReturn("//evil.example/ward/patients.xhtml")).isFalse();
        assertThat(WardPages.isSafeReturn("/ward/../api/v1/patients.xhtml")).isFalse();
        assertThat(WardPages.isSafeReturn("/api/v1/patients")).isFalse();
        assertThat(WardPages.isSafeReturn("/ward/chart.xhtml?patient=<script>")).isFalse();
        assertThat(WardPages.isSafeReturn("/ward/chart.xhtml?x=1#frag")).isFalse();
        assertThat(WardPages.isSafeReturn("/signin.xhtml")).isFalse();
    }

    @Test
    void eachRoleHasAFirstPage() {
        assertThat(WardPages.home(false)).isEqualTo("/ward/patients.xhtml");
        assertThat(WardPages.home(true)).isEqualTo("/admin/index.xhtml");
        assertThat(WardPages.isPage(WardPages.home(false))).isTrue();
        assertThat(WardPages.isPage(WardPages.home(true))).isTrue();
    }
}

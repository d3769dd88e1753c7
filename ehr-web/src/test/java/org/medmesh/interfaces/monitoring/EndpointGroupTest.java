package org.medmesh.interfaces.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointGroupTest {

    @Test
    void shouldNameTheApiResourceWithoutAnyIdOrQuery() {
        assertThat(EndpointGroup.of("/api/v1/patients")).isEqualTo("api-patients");
        assertThat(EndpointGroup.of("/api/v1/patients/7f1c0a52-0b1e-4c35-9b60-1d0c4a0f3d11/chart"))
                .isEqualTo("api-patients");
        assertThat(EndpointGroup.of("/api/v1/admin/backups")).isEqualTo("api-admin");
        assertThat(EndpointGroup.of("/api/v1/notifications/stream")).isEqualTo("api-notifications");
    }

    @Test
    void shouldPutInventedPathsInTwoFixedGroupsSoNoCallerCanMakeNewSeries() {
        assertThat(EndpointGroup.of("/api/v1/Jose-Garcia-1970")).isEqualTo("api-other");
        assertThat(EndpointGroup.of("/api/v1/")).isEqualTo("api-other");
        assertThat(EndpointGroup.of("/wp-login.php")).isEqualTo("other");
        assertThat(EndpointGroup.of("")).isEqualTo("other");
        assertThat(EndpointGroup.of(null)).isEqualTo("other");
        assertThat(EndpointGroup.ALL).doesNotHaveDuplicates().contains("api-other", "other");
    }

    @Test
    void shouldGroupPagesHealthMetricsAndTheApiDocument() {
        assertThat(EndpointGroup.of("/ward/chart.xhtml")).isEqualTo("ward-pages");
        assertThat(EndpointGroup.of("/admin/staff.xhtml")).isEqualTo("admin-pages");
        assertThat(EndpointGroup.of("/signin.xhtml")).isEqualTo("sign-in");
        assertThat(EndpointGroup.of("/jakarta.faces.resource/theme.css.xhtml")).isEqualTo("static");
        assertThat(EndpointGroup.of("/ward/jakarta.faces.resource/core.js.xhtml")).isEqualTo("static");
        assertThat(EndpointGroup.of("/health/ready")).isEqualTo("health");
        assertThat(EndpointGroup.of("/metrics")).isEqualTo("metrics");
        assertThat(EndpointGroup.of("/openapi")).isEqualTo("openapi");
        for (String group : EndpointGroup.ALL) {
            assertThat(group).matches("[a-z-]+");
        }
    }

    @Test
    void shouldClassStatuses() {
        assertThat(RequestMetrics.statusClass(200)).isEqualTo("2xx");
        assertThat(RequestMetrics.statusClass(101)).isEqualTo("2xx");
        assertThat(RequestMetrics.statusClass(302)).isEqualTo("3xx");
        assertThat(RequestMetrics.statusClass(404)).isEqualTo("4xx");
        assertThat(RequestMetrics.statusClass(503)).isEqualTo("5xx");
    }
}

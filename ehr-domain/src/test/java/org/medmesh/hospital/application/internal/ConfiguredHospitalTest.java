package org.medmesh.hospital.application.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfiguredHospitalTest {

    @Test
    void shouldReportTheVersionStampedByTheBuild() {
        assertThat(ConfiguredHospital.softwareVersion()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}

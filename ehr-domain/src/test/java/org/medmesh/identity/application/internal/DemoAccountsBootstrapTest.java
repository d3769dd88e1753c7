package org.medmesh.identity.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medmesh.identity.application.internal.DemoAccountsBootstrap.DemoAccount;
import org.medmesh.identity.domain.model.StaffRole;

class DemoAccountsBootstrapTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadAccountsSkippingBlankAndCommentLines() throws IOException {
        Path file = Files.writeString(dir.resolve("users"), """
                # demo network
                dr.a:doctor:s3cret:with:colons

                pharm.a:pharmacist:pw
                """);
        List<DemoAccount> accounts = DemoAccountsBootstrap.read(file);
        assertThat(accounts).containsExactly(
                new DemoAccount("dr.a", StaffRole.DOCTOR, "s3cret:with:colons"),
                new DemoAccount("pharm.a", StaffRole.PHARMACIST, "pw"));
    }

    @Test
    void shouldRejectALineWithoutPassword() throws IOException {
        Path file = Files.writeString(dir.resolve("users"), "dr.a:doctor\n");
        assertThatThrownBy(() -> DemoAccountsBootstrap.read(file)).hasMessageContaining("username:role:password");
    }

    @Test
    void shouldNameAMissingFile() {
        Path missing = dir.resolve("absent");
        assertThatThrownBy(() -> DemoAccountsBootstrap.read(missing)).hasMessageContaining(missing.toString());
    }
}

package org.medmesh.audit;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.client.ApiClient;
import org.medmesh.client.Reply;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.Ward;

/**
 * Protected health information never reaches the server log: a patient is registered, searched for, charted, given a
 * note and sent invalid and malformed requests carrying their details, and none of those details appears in any of the
 * domain's log files afterwards — while the requests themselves demonstrably reached the node.
 */
@ExtendWith(ArquillianExtension.class)
class LogHygieneContainerIT {

    private static final Path IT_DIR = ContainerNode.IT_DIR;
    private static final ApiClient NODE = ContainerNode.NODE;
    private static final Ward WARD = new Ward(NODE, ContainerNode.users());
    private static final Path LOGS = Path.of(System.getProperty("payara.home"), "glassfish", "domains", "domain1",
            "logs");

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void noPatientDetailReachesTheServerLog() throws IOException {
        String family = Ward.unique("Phimarkfam").replaceAll("[^A-Za-z]", "q");
        String nationalId = "NID" + family.toUpperCase(Locale.ROOT);
        String email = family.toLowerCase(Locale.ROOT) + "@example.org";
        Reply registered = WARD.post("nurse", "api/v1/patients", Ward.patient("Zoelogmark", family)
                .add("nationalId", nationalId).add("email", email).add("phone", "+43 316 7781234").build());
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String patientId = registered.json().getString("id");

        assertThat(WARD.get("doctor", "api/v1/patients?name=" + family).status()).isEqualTo(200);
        assertThat(WARD.get("doctor", "api/v1/patients?identifier=" + nationalId).status()).isEqualTo(200);
        assertThat(WARD.get("doctor", "api/v1/patients/" + patientId + "/chart").status()).isEqualTo(200);
        assertThat(WARD.post("nurse", "api/v1/notes", Json.createObjectBuilder().add("patientId", patientId)
                .add("type", "PROGRESS").add("text", "Seen with " + family + ", chest pain at night").build())
                .status()).isEqualTo(201);
        assertThat(WARD.post("nurse", "api/v1/patients", Ward.patient("Zoelogmark", family)
                .add("nationalId", nationalId + " with spaces").add("email", email).build()).status())
                .as("invalid").isEqualTo(400);
        assertThat(WARD.post("nurse", "api/v1/patients", Json.createObjectBuilder().add("givenName", "Zoelogmark")
                .add("familyName", family).add("birthDate", "12 April " + family).build()).status())
                .as("unreadable date").isEqualTo(400);
        assertThat(NODE.send("POST", "api/v1/patients", WARD.token("nurse"), "{\"familyName\": \"" + family
                + "\", \"givenName\": ").status()).as("malformed JSON").isEqualTo(400);
        assertThat(WARD.get("admin", "api/v1/patients?name=" + family).status()).as("refused").isEqualTo(403);

        String logs = allLogs();
        assertThat(logs).as("the server log was read").contains("Database schema at version");
        for (String detail : List.of(family, "Zoelogmark", nationalId, email, "7781234")) {
            assertThat(logs.toLowerCase(Locale.ROOT)).as("server log mentions " + detail)
                    .doesNotContain(detail.toLowerCase(Locale.ROOT));
        }
    }

    private static String allLogs() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(LOGS)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                all.append(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).append('\n');
            }
        }
        return all.toString();
    }
}

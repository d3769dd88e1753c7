package org.medmesh.sync;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Enumeration;
import java.util.UUID;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.infrastructure.broker.ChangeMessage;
import org.medmesh.sync.infrastructure.signing.ChangeSeals;
import org.medmesh.testsupport.ContainerNode;
import org.medmesh.testsupport.Poll;
import org.medmesh.testsupport.Ward;

/**
 * A write at this hospital reaches its broker: the relay publishes the outbox event, sealed with this hospital's
 * signature, to the address of each peer with the event id as duplicate id, marks it published, and the message waits
 * in the durable queue of the (unreachable) peer {@code hospX} until that peer's bridge can deliver it.
 */
@ExtendWith(ArquillianExtension.class)
class OutboxRelayContainerIT {

    private static final Path IT_DIR = ContainerNode.IT_DIR;
    private static final Path CHANNEL = IT_DIR.resolve("channel");
    private static final Ward WARD = ContainerNode.ward();

    @Deployment(testable = false)
    static EnterpriseArchive hospitalNode() {
        return ContainerNode.ear();
    }

    @Test
    void shouldPublishEveryCommittedChangeToThePeersQueueOnce() throws Exception {
        String family = Ward.unique("Relay");
        String patientId = WARD.post("nurse", "api/v1/patients", Ward.patient("Ada", family).build()).json()
                .getString("id");

        String[] event = new String[2];
        Poll.until(Duration.ofSeconds(30), "the relay publishes the registration", () -> {
            String[] row = outboxRow(patientId);
            event[0] = row[0];
            event[1] = row[1];
            return row[2] != null;
        });

        JsonObject message = browse("ehr.sync.to.hospX", event[0]);
        assertThat(message.getString("type")).isEqualTo("patient.registered");
        assertThat(message.getString("origin")).isEqualTo("hospIT");
        assertThat(message.getString("hlc")).isEqualTo(event[1]);
        assertThat(message.getString("payload")).contains(family);
        Change sealed = ChangeMessage.read(message.toString()).toChange();
        assertThat(sealed.seal()).as("signed by this hospital").isNotNull();
        assertThat(ChangeSeals.standalone("hospX", CHANNEL.resolve("hospX/signing-key.pem"),
                CHANNEL.resolve("network-keys")).refusal(sealed)).as("the peer verifies it").isEmpty();
    }

    /** Browses the queue of what the peer has not yet received, without consuming. */
    private static JsonObject browse(String queue, String eventId) throws JMSException {
        try (ActiveMQConnectionFactory factory = ContainerNode.nodeBroker();
                JMSContext context = factory.createContext();
                QueueBrowser browser = context.createBrowser(context.createQueue(queue))) {
            JsonObject found = null;
            int copies = 0;
            for (Enumeration<?> messages = browser.getEnumeration(); messages.hasMoreElements();) {
                Message message = (Message) messages.nextElement();
                if (eventId.equals(message.getStringProperty("_AMQ_DUPL_ID"))) {
                    copies++;
                    found = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject();
                }
            }
            assertThat(copies).as("copies of event " + eventId + " in " + queue).isEqualTo(1);
            return found;
        }
    }

    /** Event id, HLC and publication time of the patient's registration event. */
    private static String[] outboxRow(String patientId) {
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port") + "/medmesh";
        try (Connection db = DriverManager.getConnection(url, "medmesh", System.getenv("HOSPITAL_DB_PASSWORD"));
                PreparedStatement query = db.prepareStatement("select id, hlc, published_at from outbox_event "
                        + "where aggregate_id = ? and event_type = 'patient.registered'")) {
            UUID id = UUID.fromString(patientId);
            query.setBytes(1, ByteBuffer.allocate(16).putLong(id.getMostSignificantBits())
                    .putLong(id.getLeastSignificantBits()).array());
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return new String[3];
                }
                ByteBuffer bytes = ByteBuffer.wrap(row.getBytes(1));
                return new String[]{new UUID(bytes.getLong(), bytes.getLong()).toString(), row.getString(2),
                        row.getString(3)};
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

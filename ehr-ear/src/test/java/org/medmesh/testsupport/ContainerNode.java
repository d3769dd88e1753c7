package org.medmesh.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.medmesh.client.ApiClient;
import org.medmesh.client.StaffLogins.StaffLogin;
import org.medmesh.client.StaffLogins;
import org.medmesh.sync.infrastructure.broker.ChannelSecurity;

/**
 * The hospital node the container tests share (hospIT, in the Payara that Arquillian manages, with its own MariaDB and
 * broker started by the build) and the ways in: its API, its metrics, its demo staff, a peer hospital writing to its
 * broker, and the EAR the build made.
 */
public final class ContainerNode {

    /** The build's working directory for the container tests (demo staff, keys, the identity provider's files). */
    public static final Path IT_DIR = Path.of(System.getProperty("medmesh.it.dir"));
    public static final ApiClient NODE = new ApiClient("http://127.0.0.1:8080/");
    /** The issuer of the node's own bearer tokens. */
    public static final String ISSUER = "medmesh-hospIT";
    /** The node's scrape token ({@code hospital.metrics.token}, which the build gives the node and the tests alike). */
    public static final String METRICS_TOKEN = System.getenv("HOSPITAL_METRICS_TOKEN");

    private ContainerNode() {
    }

    /** The node's demo staff, one per role, with their passwords. */
    public static List<StaffLogin> users() {
        return StaffLogins.read(IT_DIR.resolve("demo-users.txt"));
    }

    /** Signs the demo staff in and speaks to the node as them. */
    public static Ward ward() {
        return new Ward(NODE, users());
    }

    /** The node's test peer: the one hospital whose channel material the build made besides the node's. */
    public static final String PEER = "hospX";

    /**
     * The node's test peer ({@value #PEER}), which sends replicated changes to the node's broker as its bridge would.
     */
    public static PeerChanges peer() {
        return new PeerChanges(IT_DIR.resolve("channel"), brokerPort(), PEER, "hospIT");
    }

    /**
     * The node's own broker account over the network, with the node's certificate (as an operator's tool on the node's
     * host would connect): the only way to look into the node's outgoing queues from outside.
     */
    public static ActiveMQConnectionFactory nodeBroker() {
        ChannelSecurity own = ChannelSecurity.fromDirectory(IT_DIR.resolve("channel"), "hospIT");
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(PeerChanges.overTls(own, brokerPort()));
        factory.setUser("medmesh-node");
        factory.setPassword(System.getenv("HOSPITAL_BROKER_NODE_PASSWORD"));
        return factory;
    }

    /**
     * The node's metrics as Prometheus scrapes them, with the scrape token; {@code query} without its {@code ?}
     * ({@code scope=application}), empty for every scope.
     */
    public static String scrape(String query) {
        return Scrape.of(NODE, METRICS_TOKEN, query);
    }

    /** The node's database, as the node's own (runtime) account. */
    public static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + System.getProperty("medmesh.it.db.port")
                + "/medmesh", System.getenv("HOSPITAL_DB_USER"), System.getenv("HOSPITAL_DB_PASSWORD"));
    }

    public static int brokerPort() {
        return Integer.parseInt(System.getProperty("medmesh.it.broker.port"));
    }

    /** The EAR under test, for an Arquillian {@code @Deployment(testable = false)}. */
    public static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, Path.of(System.getProperty("medmesh.ear"))
                .toFile());
    }
}

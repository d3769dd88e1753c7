package org.medmesh.sync.infrastructure.broker;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

import org.medmesh.hospital.domain.model.HospitalProfile;
import org.medmesh.hospital.domain.model.PeerHospital;
import org.medmesh.platform.application.BrokerAddress;
import org.medmesh.platform.config.HospitalProperty;

/**
 * A hospital's broker as a process of its own, for a hospital run as several server instances that share it
 * ({@code ./ehr up --instances N}): configured exactly as the broker a single node embeds — the same journal, TLS
 * acceptor, accounts, permissions, queues and bridges — from the node's own properties ({@code hospital.id},
 * {@code hospital.peers}, {@code hospital.broker.*}) in a file only its owner may read, whose secrets are the values
 * themselves. The instances sign in as the node's account over TLS with the hospital's certificate. Runs until it is
 * stopped (SIGTERM), then stops the broker cleanly.
 */
public final class HospitalBrokerMain {

    private static final Logger LOG = Logger.getLogger(HospitalBrokerMain.class.getName());

    private HospitalBrokerMain() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            LOG.severe("usage: HospitalBrokerMain PROPERTIES-FILE");
            Runtime.getRuntime().exit(2);
            return;
        }
        EmbeddedBroker broker = EmbeddedBroker.startStandalone(settings(read(Path.of(args[0]))));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.shutdown();
            stopped.countDown();
        }, "medmesh-broker-stop"));
        LOG.info("broker ready");
        stopped.await();
    }

    /** The broker's settings from the node's properties. */
    static BrokerSettings settings(Properties properties) {
        String hospital = required(properties, HospitalProperty.Names.ID);
        String peers = properties.getProperty(HospitalProperty.Names.PEERS, "");
        boolean tls = Boolean.parseBoolean(properties.getProperty(HospitalProperty.Names.BROKER_TLS, "true"));
        Map<String, String> logins = new LinkedHashMap<>();
        Map<String, String> accounts = new LinkedHashMap<>();
        for (PeerHospital peer : HospitalProfile.parsePeers(peers)) {
            String id = peer.id().value();
            putIfSet(logins, id, properties.getProperty("hospital.broker.peer." + id + ".login"));
            putIfSet(accounts, id, properties.getProperty("hospital.broker.peer." + id + ".account"));
        }
        ChannelSecurity channel = new ChannelSecurity(tls,
                properties.getProperty(HospitalProperty.Names.BROKER_KEYSTORE),
                properties.getProperty(HospitalProperty.Names.BROKER_KEYSTORE_PASSWORD),
                properties.getProperty(HospitalProperty.Names.BROKER_TRUSTSTORE),
                properties.getProperty(HospitalProperty.Names.BROKER_TRUSTSTORE_PASSWORD), logins, accounts);
        BrokerAddress address = BrokerAddress.embeddedAt(
                properties.getProperty(HospitalProperty.Names.BROKER_HOST, "127.0.0.1"),
                Integer.parseInt(required(properties, HospitalProperty.Names.BROKER_PORT)),
                required(properties, HospitalProperty.Names.BROKER_NODE_PASSWORD));
        return BrokerSettings.standalone(hospital, address,
                Path.of(required(properties, HospitalProperty.Names.BROKER_DATA_DIR)), peers, channel);
    }

    private static Properties read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must be set in the broker's properties");
        }
        return value.strip();
    }

    private static void putIfSet(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value.strip());
        }
    }
}

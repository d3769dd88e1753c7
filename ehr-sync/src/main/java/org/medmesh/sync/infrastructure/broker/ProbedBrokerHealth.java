package org.medmesh.sync.infrastructure.broker;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.medmesh.platform.infrastructure.messaging.BrokerConnections;
import org.medmesh.platform.infrastructure.messaging.BrokerProbe;
import org.medmesh.sync.application.BrokerHealth;

/**
 * The broker's health, found by opening and closing a connection that fails fast ({@link BrokerProbe}).
 */
@Singleton
@Startup
@DependsOn("EmbeddedBroker")
@TransactionManagement(TransactionManagementType.BEAN)
public class ProbedBrokerHealth implements BrokerHealth {

    private static final long PROBE_TIMEOUT_MILLIS = 2_000;

    @Inject
    BrokerSettings settings;

    private BrokerProbe probe;

    @PostConstruct
    void init() {
        probe = new BrokerProbe(BrokerConnections.failingFast(settings.address(), PROBE_TIMEOUT_MILLIS),
                settings.clientUrl());
    }

    @Override
    public Status check() {
        BrokerProbe.Result reached = probe.check();
        return new Status(reached.up(), reached.detail(), channel(settings));
    }

    /** How peers reach this hospital's broker, as health and the sync status name it. */
    public static String channel(BrokerSettings settings) {
        if (!settings.embedded() && !settings.address().ownProcess()) {
            return Status.EXTERNAL;
        }
        return settings.channel().tls() ? Status.MUTUAL_TLS : Status.PLAIN_TCP;
    }

    @PreDestroy
    void close() {
        probe.close();
    }
}

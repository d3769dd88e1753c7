package org.medmesh.sync.application.internal;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import org.medmesh.sync.application.BrokerHealth;
import org.medmesh.sync.infrastructure.broker.BrokerSettings;

@Singleton
@Startup
@DependsOn("EmbeddedBroker")
@PermitAll
@TransactionManagement(TransactionManagementType.BEAN)
public class DefaultBrokerHealth implements BrokerHealth {

    @Inject
    BrokerSettings settings;

    private BrokerHealthProbe probe;

    @PostConstruct
    void init() {
        probe = new BrokerHealthProbe(settings.nodeConnections(), settings.clientUrl());
    }

    @Override
    public Status check() {
        Status reached = probe.check();
        return new Status(reached.up(), reached.detail(), channel(settings));
    }

    /** How peers reach this hospital's broker, as health and the sync status name it. */
    static String channel(BrokerSettings settings) {
        if (!settings.embedded()) {
            return Status.EXTERNAL;
        }
        return settings.channel().tls() ? Status.MUTUAL_TLS : Status.PLAIN_TCP;
    }

    @PreDestroy
    void close() {
        probe.close();
    }
}

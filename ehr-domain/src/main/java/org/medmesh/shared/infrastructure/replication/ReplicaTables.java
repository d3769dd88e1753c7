package org.medmesh.shared.infrastructure.replication;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every replicated record type of the node, gathered from the contexts that keep them. */
@ApplicationScoped
public class ReplicaTables {

    @Inject
    @Any
    Instance<ReplicatedRecordTypes> contexts;

    @Inject
    ReplicatedPatients patients;

    private Map<String, ReplicaTable> byType;

    @PostConstruct
    void collect() {
        byType = contexts.stream().flatMap(context -> context.tables().stream())
                .collect(Collectors.toUnmodifiableMap(t -> t.recordType().wireName(), Function.identity()));
    }

    /**
     * The table of a record type by its wire name; refuses a type this hospital does not know (a newer peer, a corrupt
     * message).
     */
    public ReplicaTable of(String recordType) {
        ReplicaTable table = byType.get(recordType);
        if (table == null) {
            throw new IllegalArgumentException("not a replicated record type: " + recordType);
        }
        return table;
    }

    /** Every replicated record type, by name. */
    public List<ReplicaTable> all() {
        return byType.values().stream().sorted(Comparator.comparing(t -> t.recordType().wireName())).toList();
    }

    public ReplicatedPatients patients() {
        return patients;
    }
}

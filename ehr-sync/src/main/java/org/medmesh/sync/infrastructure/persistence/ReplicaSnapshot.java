package org.medmesh.sync.infrastructure.persistence;

import static org.medmesh.shared.infrastructure.replication.ColumnKind.uuid;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.medmesh.shared.domain.model.Hlc;
import org.medmesh.shared.domain.model.VersionVector;
import org.medmesh.shared.infrastructure.replication.ReplicaTable;
import org.medmesh.shared.infrastructure.replication.ReplicaTables;
import org.medmesh.sync.domain.model.Change;
import org.medmesh.sync.domain.model.ChangeHorizon;

/**
 * The replicated records of this hospital cut into buckets (record type × the last byte of the id modulo
 * {@value #BUCKETS}) for anti-entropy: a digest per bucket, and the current states of a bucket's records, both of the
 * records last changed before a {@link ChangeHorizon}. Two hospitals compare digests and exchange only the buckets that
 * differ.
 */
public final class ReplicaSnapshot {

    public static final int BUCKETS = 64;
    private final Connection db;
    private final ReplicaTables tables;

    public ReplicaSnapshot(Connection db, ReplicaTables tables) {
        this.db = db;
        this.tables = tables;
    }

    /**
     * {@code <type>/<bucket>} → SHA-256 over the ids and stamps of the bucket's records changed before the horizon, in
     * id order.
     */
    public Map<String, String> bucketDigests(ChangeHorizon horizon) throws SQLException {
        Map<String, String> digests = new TreeMap<>();
        for (ReplicaTable table : tables.all()) {
            Map<Integer, StampDigest> buckets = new TreeMap<>();
            table.eachStamp(db, horizon.stampBound(), null, BUCKETS, (id, hlc, vector) -> buckets
                    .computeIfAbsent(bucketOf(id), b -> new StampDigest()).add(id, hlc, vector));
            buckets.forEach((bucket, digest) -> digests.put(key(table.recordType().wireName(), bucket), digest.hex()));
        }
        return digests;
    }

    /** The buckets of {@code mine} that {@code theirs} lacks or holds differently. */
    public static List<String> differing(Map<String, String> mine, Map<String, String> theirs) {
        return mine.entrySet().stream().filter(e -> !e.getValue().equals(theirs.get(e.getKey())))
                .map(Map.Entry::getKey).toList();
    }

    /** The current state of every record in a bucket changed before the horizon, as changes a peer can merge. */
    public List<Change> states(String bucketKey, ChangeHorizon horizon) throws SQLException {
        String type = bucketKey.substring(0, bucketKey.indexOf('/'));
        int bucket = Integer.parseInt(bucketKey.substring(bucketKey.indexOf('/') + 1));
        List<Change> states = new ArrayList<>();
        tables.of(type).eachStamp(db, horizon.stampBound(), bucket, BUCKETS, (id, hlc, vector) -> states.add(
                ProducingChange.of(db, type, uuid(id), Hlc.parse(hlc), VersionVector.parse(vector)).change()));
        return states;
    }

    /** Patients first: records of a patient a peer does not know yet would wait for the registration. */
    public static List<String> patientsFirst(List<String> bucketKeys) {
        List<String> ordered = new ArrayList<>(bucketKeys.stream().filter(k -> k.startsWith("patient/")).toList());
        bucketKeys.stream().filter(k -> !k.startsWith("patient/")).forEach(ordered::add);
        return ordered;
    }

    private static int bucketOf(byte[] id) {
        return (id[15] & 0xff) % BUCKETS;
    }

    private static String key(String type, int bucket) {
        return type + "/" + bucket;
    }
}

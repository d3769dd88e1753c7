package org.medmesh.audit.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The hash chain: each entry's hash covers its position, its content and the previous entry's hash, so an entry edited,
 * deleted, inserted or moved breaks the chain at that point, and a cut-off tail no longer reaches the head (the last
 * position and hash, kept apart from the entries). The hash is HMAC-SHA256 under the hospital's {@link ChainKey}, so
 * without the key no entry can be forged or rewritten however correctly it is hashed; entries written before the chain
 * was keyed keep their plain SHA-256, and none may follow a keyed one.
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);
    private static final String INTAKE_TAG = "medmesh-audit-intake-v1";

    private AuditChain() {
    }

    /** Chains a record as entry {@code seq} after the entry whose hash is {@code previousHash}, hashed with the key. */
    public static AuditEntry link(long seq, AuditRecord record, String previousHash, ChainKey key) {
        return new AuditEntry(seq, record, previousHash, key.id(), hash(seq, record, previousHash, key));
    }

    /**
     * The seal of a record waiting in the intake as {@code intakeId}: its content and place keyed like an entry, but
     * with a tag where an entry has its predecessor's hash, so neither can pass for the other. Only the application has
     * the key, so a record the database account writes into the intake itself has no valid seal.
     */
    public static String seal(long intakeId, AuditRecord record, ChainKey key) {
        return hash(intakeId, record, INTAKE_TAG, key);
    }

    public static String hash(long seq, AuditRecord record, String previousHash, ChainKey key) {
        return key.mac(canonical(seq, record, previousHash).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The fields in a fixed order, each length-prefixed. The exposed patients are a field of their own only when there
     * are any, so an entry without them reads exactly as every entry did before they were recorded.
     */
    private static String canonical(long seq, AuditRecord record, String previousHash) {
        StringBuilder canonical = new StringBuilder();
        field(canonical, Long.toString(seq));
        field(canonical, record.at().toString());
        field(canonical, record.hospital());
        field(canonical, record.actor());
        field(canonical, record.role());
        field(canonical, record.patientId() == null ? null : record.patientId().toString());
        field(canonical, record.action());
        field(canonical, record.outcome().name());
        field(canonical, Integer.toString(record.status()));
        field(canonical, Boolean.toString(record.breakGlass()));
        if (!record.exposedPatients().isEmpty()) {
            field(canonical, "exposed=" + record.exposedPatients().stream().map(UUID::toString)
                    .collect(Collectors.joining(",")));
        }
        field(canonical, previousHash);
        return canonical.toString();
    }

    /** Length-prefixed, so no choice of values can make two different entries read the same. */
    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }

    /**
     * Checks entries in stored order against each other, against the head ({@code headSeq}, {@code headHash}) and
     * against the key: positions 1, 2, 3 … without gaps, each previous hash equal to the entry before's hash, each hash
     * recomputed from the content with the key the entry names (unkeyed entries only before the first keyed one), and
     * the last entry equal to the head.
     */
    public static AuditVerdict verify(Iterator<AuditEntry> entries, long headSeq, String headHash, ChainKey key) {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        long unkeyed = 0;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            checked++;
            if (entry.seq() != expectedSeq) {
                return AuditVerdict.brokenAt(checked, expectedSeq, entry.seq() > expectedSeq
                        ? "entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing"
                        : "entry " + entry.seq() + " is out of place");
            }
            boolean keyedBefore = unkeyed < checked - 1;
            String problem = problemWith(entry, previous, keyedBefore, key);
            if (problem != null) {
                return AuditVerdict.brokenAt(checked, entry.seq(), problem);
            }
            unkeyed += entry.chainKeyId() == null ? 1 : 0;
            previous = entry.hash();
            expectedSeq++;
        }
        long last = expectedSeq - 1;
        if (last != headSeq || !Objects.equals(previous, headHash)) {
            return AuditVerdict.brokenAt(checked, last + 1, last < headSeq
                    ? "entries " + (last + 1) + " to " + headSeq + " are missing from the end"
                    : "the chain does not end at the recorded head");
        }
        return AuditVerdict.intact(checked, unkeyed);
    }

    /** What is wrong with an entry in its place, or null. */
    private static String problemWith(AuditEntry entry, String previous, boolean afterKeyed, ChainKey key) {
        if (!Objects.equals(entry.previousHash(), previous)) {
            return "it does not link to the entry before it";
        }
        String keyId = entry.chainKeyId();
        if (keyId == null && afterKeyed) {
            return "it was written without the chain key, after entries written with it";
        }
        if (keyId != null && key.isNone()) {
            return "it was written with a chain key, and this node has none: it cannot be verified";
        }
        if (keyId != null && !keyId.equals(key.id())) {
            return "it was written with an unknown chain key";
        }
        ChainKey used = keyId == null ? ChainKey.none() : key;
        if (!Objects.equals(entry.hash(), hash(entry.seq(), entry.record(), entry.previousHash(), used))) {
            return "its content does not match its hash";
        }
        return null;
    }
}

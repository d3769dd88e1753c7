package org.medmesh.audit.domain.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Objects;

/**
 * The hash chain: each entry's SHA-256 covers its position, its content and the previous entry's hash, so an entry
 * edited, deleted, inserted or moved breaks the chain at that point, and a cut-off tail no longer reaches the head (the
 * last position and hash, kept apart from the entries).
 */
public final class AuditChain {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Chains a record as entry {@code seq} after the entry whose hash is {@code previousHash}. */
    public static AuditEntry link(long seq, AuditRecord record, String previousHash) {
        return new AuditEntry(seq, record, previousHash, hash(seq, record, previousHash));
    }

    public static String hash(long seq, AuditRecord record, String previousHash) {
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
        field(canonical, previousHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
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
     * Checks entries in stored order against each other and against the head ({@code headSeq}, {@code headHash}):
     * positions 1, 2, 3 … without gaps, each previous hash equal to the entry before's hash, each hash recomputed from
     * the content, and the last entry equal to the head.
     */
    public static AuditVerdict verify(Iterator<AuditEntry> entries, long headSeq, String headHash) {
        long expectedSeq = 1;
        String previous = GENESIS;
        long checked = 0;
        while (entries.hasNext()) {
            AuditEntry entry = entries.next();
            checked++;
            if (entry.seq() != expectedSeq) {
                return AuditVerdict.brokenAt(checked, expectedSeq, entry.seq() > expectedSeq
                        ? "entries " + expectedSeq + " to " + (entry.seq() - 1) + " are missing"
                        : "entry " + entry.seq() + " is out of place");
            }
            if (!Objects.equals(entry.previousHash(), previous)) {
                return AuditVerdict.brokenAt(checked, entry.seq(), "it does not link to the entry before it");
            }
            if (!Objects.equals(entry.hash(), hash(entry.seq(), entry.record(), entry.previousHash()))) {
                return AuditVerdict.brokenAt(checked, entry.seq(), "its content does not match its hash");
            }
            previous = entry.hash();
            expectedSeq++;
        }
        long last = expectedSeq - 1;
        if (last != headSeq || !Objects.equals(previous, headHash)) {
            return AuditVerdict.brokenAt(checked, last + 1, last < headSeq
                    ? "entries " + (last + 1) + " to " + headSeq + " are missing from the end"
                    : "the chain does not end at the recorded head");
        }
        return AuditVerdict.intact(checked);
    }
}

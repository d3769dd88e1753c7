package org.medmesh.shared.infrastructure.replication;

import jakarta.json.JsonObject;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.medmesh.shared.domain.model.RecordType;

/**
 * How a context keeps one replicated record type, as replication reads and writes it on the connection of its
 * transaction. A received state replaces the whole record (state transfer) with its replication stamps.
 */
public interface ReplicaTable {

    RecordType recordType();

    /**
     * Locks the record's row until the transaction ends and returns its stamps: empty when there is no such record,
     * {@code Stamps(null, null)} when it was never stamped.
     */
    Optional<Stamps> lockStamps(Connection db, UUID id) throws SQLException;

    /** The stamps of the record without locking it (null hlc when there is none). */
    Optional<Stamps> stamps(Connection db, UUID id) throws SQLException;

    /**
     * Stores the record's whole state with its stamps, and what the context derives from it (a patient's search index,
     * a notice), replacing any earlier state; the record's local version grows so an edit based on the old one is
     * refused as stale.
     */
    void write(Connection db, JsonObject state, String hlc, String vector) throws SQLException;

    /** Replaces only the record's version vector (the same state arrived with more knowledge). */
    void restamp(Connection db, UUID id, String vector) throws SQLException;

    boolean voided(Connection db, UUID id) throws SQLException;

    /**
     * Feeds the id and stamps of every record in id order; when {@code before} is not null only the records stamped
     * before it (a stamp's text sorts like its time), and when {@code bucket} is not null only those of that bucket
     * (the id's last byte modulo {@code buckets}).
     */
    void eachStamp(Connection db, String before, Integer bucket, int buckets, StampSink sink) throws SQLException;

    /** A record's replication stamps as stored: its last change's HLC and its version vector. */
    record Stamps(String hlc, String vector) {
    }

    /** Receives the stamps of records in id order. */
    @FunctionalInterface
    interface StampSink {

        void add(byte[] id, String hlc, String vector) throws SQLException;
    }
}

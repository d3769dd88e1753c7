package org.medmesh.interfaces.rest.notification;

import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import java.time.Instant;

/**
 * One open notification stream: whose it is, where it stands (the last entry sent), and when it must end (its bearer
 * token was checked once, when it opened).
 */
final class LiveStream {

    private final String username;
    private final String role;
    private final SseEventSink sink;
    private final Sse sse;
    private final Instant endsAt;
    private long lastSent;
    private long checkedUpTo = -1;
    private Instant lastWritten;

    LiveStream(String username, String role, SseEventSink sink, Sse sse, long after, Instant now, Instant endsAt) {
        this.username = username;
        this.role = role;
        this.sink = sink;
        this.sse = sse;
        this.lastSent = after;
        this.lastWritten = now;
        this.endsAt = endsAt;
    }

    String username() {
        return username;
    }

    String role() {
        return role;
    }

    SseEventSink sink() {
        return sink;
    }

    Sse sse() {
        return sse;
    }

    long lastSent() {
        return lastSent;
    }

    void sent(long seq, Instant at) {
        lastSent = seq;
        lastWritten = at;
    }

    /** The newest seq of anyone's inbox when this stream was last brought up to date. */
    long checkedUpTo() {
        return checkedUpTo;
    }

    void checked(long newest) {
        checkedUpTo = newest;
    }

    void wrote(Instant at) {
        lastWritten = at;
    }

    Instant lastWritten() {
        return lastWritten;
    }

    boolean over(Instant now) {
        return sink.isClosed() || !now.isBefore(endsAt);
    }
}

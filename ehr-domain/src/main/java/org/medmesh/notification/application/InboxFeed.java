package org.medmesh.notification.application;

import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Set;

/**
 * What the live notification streams send: a signed-in person's new inbox entries. Runs as the system, on the streams'
 * own thread; the stream resource gives it the username it authenticated, and only that person's entries are sent.
 */
public interface InboxFeed {

    /** Should return the person's newest entry's seq (0 for an empty inbox): where a new stream starts. */
    @PermitAll
    long lastSeq(String username);

    /** Should return the newest entry's seq of anyone's inbox (0 when none): whether any stream has news. */
    @PermitAll
    long newestSeq();

    /** Should name the people who have entries after {@code seq} (at most {@code max}): whose bell to ring. */
    @PermitAll
    Set<String> recipientsAfter(long seq, int max);

    /** Should return up to {@code max} of the person's entries after {@code seq}, oldest first. */
    @PermitAll
    List<InboxItem> after(String username, long seq, int max);
}

package org.medmesh.notification.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

import org.medmesh.notification.application.InboxFeed;
import org.medmesh.notification.application.InboxItem;
import org.medmesh.notification.domain.model.Inbox;

@Stateless
public class DefaultInboxFeed implements InboxFeed {

    static final int MAX_BATCH = 200;

    @Inject
    Inbox inbox;

    @Override
    public long lastSeq(String username) {
        return inbox.lastSeq(username);
    }

    @Override
    public long newestSeq() {
        return inbox.newestSeq();
    }

    @Override
    public Set<String> recipientsAfter(long seq, int max) {
        return inbox.recipientsAfter(seq, Math.max(1, Math.min(max, MAX_BATCH)));
    }

    @Override
    public List<InboxItem> after(String username, long seq, int max) {
        return inbox.after(username, seq, Math.max(1, Math.min(max, MAX_BATCH))).stream().map(InboxItem::of).toList();
    }
}

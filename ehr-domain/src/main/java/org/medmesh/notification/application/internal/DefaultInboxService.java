package org.medmesh.notification.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.time.Instant;

import org.medmesh.identity.application.Caller;
import org.medmesh.notification.application.InboxItem;
import org.medmesh.notification.application.InboxService;
import org.medmesh.notification.domain.model.Inbox;
import org.medmesh.notification.domain.model.InboxEntry;
import org.medmesh.shared.application.Page;
import org.medmesh.shared.domain.model.RecordNotFound;

@Stateless
public class DefaultInboxService implements InboxService {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    Inbox inbox;

    @Inject
    Caller caller;

    @Override
    public Page<InboxItem> list(boolean unreadOnly, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size 1-" + MAX_PAGE_SIZE);
        }
        return Page.of(inbox.newest(caller.username(), unreadOnly, page * size, size + 1), page, size,
                InboxItem::of);
    }

    @Override
    public long unreadCount() {
        return inbox.unread(caller.username());
    }

    @Override
    public InboxItem markRead(long seq) {
        InboxEntry entry = inbox.find(caller.username(), seq)
                .orElseThrow(() -> new RecordNotFound("notification", String.valueOf(seq)));
        entry.markRead(Instant.now());
        return inbox.after(caller.username(), seq - 1, 1).stream().findFirst().map(InboxItem::of).orElseThrow();
    }

    @Override
    public int markAllRead() {
        return inbox.markAllRead(caller.username(), Instant.now());
    }
}

package org.medmesh.interfaces.web.ward;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.faces.view.ViewScoped;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.notification.application.InboxFeed;
import org.medmesh.notification.application.InboxItem;
import org.medmesh.notification.application.InboxService;

/**
 * The notifications bell of every page: the signed-in person's unread count, rung live by {@link BellRinger}, and on
 * opening the newest entries of their inbox (a read of their inbox, audited with the patients it shows, like the API's
 * {@code GET notifications/inbox}); an entry opens its patient's chart, marking it read; all can be marked read.
 */
@Named
@ViewScoped
public class InboxBell implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "ward/inbox";
    private static final int SHOWN = 10;

    @Inject
    InboxService inbox;

    @Inject
    PageAudit audit;

    @Inject
    InboxFeed feed;

    private List<InboxItem> newest = List.of();
    private transient FacesContext countedFor;
    private long unread;

    /** The unread count, read once per request however often the page shows it. */
    public long getUnread() {
        FacesContext request = FacesContext.getCurrentInstance();
        if (countedFor != request) {
            unread = inbox.unreadCount();
            countedFor = request;
        }
        return unread;
    }

    /**
     * The seq of the newest entry in the person's inbox as the page is drawn: where the page's bell stream starts (it
     * rings at once if newer entries exist by the time it connects). Drawn before the count, so nothing falls between.
     */
    public long getNewestSeq() {
        return feed.lastSeq(FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    /** Loads the newest entries (when the bell is opened). */
    public void open() {
        try {
            newest = audit.read(PAGE, null, () -> inbox.list(false, 0, SHOWN).items(),
                    items -> items.stream().filter(i -> !i.redacted()).map(InboxItem::patientId)
                            .filter(Objects::nonNull).distinct().toList());
        } catch (RuntimeException e) {
            newest = List.of();
            PageMessages.failed(e);
        }
    }

    public List<InboxItem> getNewest() {
        return newest;
    }

    /** What an entry says: its summary, or only its kind when the person may not see the patient here. */
    public String said(InboxItem item) {
        return item.redacted()
                ? "A " + item.kind().replace('-', ' ') + " about a patient whose record you may not see"
                : item.summary();
    }

    /**
     * Marks the entry read and opens its patient's chart (a clinician's entry about a patient they may see); otherwise
     * stays.
     */
    public void follow(long seq) throws IOException {
        InboxItem item;
        try {
            item = inbox.markRead(seq);
        } catch (RuntimeException e) {
            PageMessages.failed(e);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        if (item.patientId() != null && !item.redacted() && !faces.getExternalContext().isUserInRole(Roles.ADMIN)) {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + "/ward/chart.xhtml?patient=" + item.patientId());
        } else {
            open();
        }
    }

    public void markAllRead() {
        try {
            inbox.markAllRead();
        } catch (RuntimeException e) {
            PageMessages.failed(e);
        }
        open();
    }
}

package org.medmesh.notification.application;

import jakarta.annotation.security.RolesAllowed;

import org.medmesh.identity.domain.model.Roles;
import org.medmesh.shared.application.Page;

/** The caller's own inbox of notifications: every role sees its own and nobody else's. */
public interface InboxService {

    /**
     * Should return a page of the caller's inbox, newest first ({@code size} 1–200); only unread entries when asked.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    Page<InboxItem> list(boolean unreadOnly, int page, int size);

    /** Should count the caller's unread entries. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    long unreadCount();

    /**
     * Should mark one of the caller's entries read (reading it again changes nothing), failing with
     * {@link org.medmesh.shared.domain.model.RecordNotFound} for an entry that is not the caller's.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    InboxItem markRead(long seq);

    /** Should mark every unread entry of the caller read and return how many. */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE, Roles.PHARMACIST, Roles.ADMIN})
    int markAllRead();
}

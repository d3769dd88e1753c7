package org.medmesh.notification.application;

import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import org.medmesh.identity.domain.model.Roles;

/** What this hospital's staff are told, each audience its own kinds of notification (separation of duties). */
public interface NotificationService {

    /**
     * Should return the administrators' notifications (break-the-glass, quarantined messages, staff-account changes)
     * newest first, at most {@code limit} (1–500), and never a clinical alert.
     */
    @RolesAllowed(Roles.ADMIN)
    List<NotificationView> forAdministrators(int limit);

    /**
     * Should return the clinical alerts (a patient's high heart-disease risk) newest first, at most {@code limit}
     * (1–500), only about patients whose clinical data the caller may see here (consent and break-the-glass, as for
     * reading the patient), and never an administrators' notification.
     */
    @RolesAllowed({Roles.DOCTOR, Roles.NURSE})
    List<NotificationView> forClinicians(int limit);
}

package org.medmesh.interfaces.web.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import org.medmesh.hospital.application.ThisHospital;
import org.medmesh.identity.domain.model.Roles;

/** Who is signed in on this page, and where: for the page header and for what the page offers each role. */
@Named
@RequestScoped
public class WardUser {

    /** The session lasts this long without a request ({@code web.xml} says the same). */
    public static final int SESSION_MINUTES = 15;
    /** The page warns this long before the session ends. */
    private static final int WARNING_MINUTES = 2;

    @Inject
    HttpServletRequest request;

    @Inject
    ThisHospital hospital;

    public String getUsername() {
        return request.getRemoteUser();
    }

    public String getRole() {
        return Roles.STAFF.stream().filter(request::isUserInRole).findFirst().orElse(null);
    }

    public boolean isClinician() {
        return request.isUserInRole(Roles.DOCTOR) || request.isUserInRole(Roles.NURSE)
                || request.isUserInRole(Roles.PHARMACIST);
    }

    public boolean isPrescriber() {
        return request.isUserInRole(Roles.DOCTOR);
    }

    public boolean isPharmacist() {
        return request.isUserInRole(Roles.PHARMACIST);
    }

    public boolean isRecorder() {
        return request.isUserInRole(Roles.DOCTOR) || request.isUserInRole(Roles.NURSE);
    }

    public boolean isAdmin() {
        return request.isUserInRole(Roles.ADMIN);
    }

    public String getHospitalName() {
        return hospital.profile().name();
    }

    public String getHospitalId() {
        return hospital.profile().id().value();
    }

    /** Milliseconds without activity before the page warns that the session is about to end. */
    public long getWarnAfterMillis() {
        return (SESSION_MINUTES - WARNING_MINUTES) * 60_000L;
    }

    /** Milliseconds without activity after which the session has ended. */
    public long getEndAfterMillis() {
        return SESSION_MINUTES * 60_000L;
    }

    /** Called by "stay signed in": the request itself keeps the session alive. */
    public void keepAlive() {
        // the request is what counts
    }
}

package org.medmesh.interfaces.web.ward;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.IOException;
import java.time.LocalDate;

import org.medmesh.interfaces.web.audit.PageAudit;
import org.medmesh.interfaces.web.audit.PageMessages;
import org.medmesh.patient.application.PatientService;
import org.medmesh.patient.application.PatientView;
import org.medmesh.patient.domain.model.Demographics;
import org.medmesh.patient.domain.model.Sex;

/**
 * Registering a patient: the same demographics and rules as the API (the domain's {@link Demographics} and the patient
 * service decide what is valid), then the new patient's chart.
 */
@Named
@RequestScoped
public class RegistrationForm {

    @Inject
    PatientService patients;

    @Inject
    PageAudit audit;

    private String givenName;
    private String familyName;
    private LocalDate birthDate;
    private String sex = Sex.UNKNOWN.name();
    private String nationalId;
    private String phone;
    private String email;
    private String addressLine;
    private String city;
    private String postalCode;
    private String country;

    public void register() throws IOException {
        PatientView registered;
        try {
            registered = audit.write(PatientsPage.PAGE, null, () -> patients.register(new Demographics(givenName,
                    familyName, birthDate, Sex.valueOf(sex), nationalId, phone, email, addressLine, city, postalCode,
                    country)), PatientView::id);
        } catch (RuntimeException e) {
            PageMessages.failed(e);
            return;
        }
        PageMessages.done("Registered " + registered.givenName() + " " + registered.familyName() + ", MRN "
                + registered.mrn() + ".");
        PageMessages.redirect("/ward/chart.xhtml?patient=" + registered.id());
    }

    /** The choices of sex, in the order offered. */
    public Sex[] getSexes() {
        return Sex.values();
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getNationalId() {
        return nationalId;
    }

    public void setNationalId(String nationalId) {
        this.nationalId = nationalId;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getAddressLine() {
        return addressLine;
    }

    public void setAddressLine(String addressLine) {
        this.addressLine = addressLine;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }
}

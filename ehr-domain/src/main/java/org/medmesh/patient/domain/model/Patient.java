package org.medmesh.patient.domain.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.medmesh.shared.domain.model.ReplicatedRecord;
import org.medmesh.shared.domain.model.Stamp;

/**
 * A patient, registered at one hospital (the home hospital, which assigns the medical record number) and known to the
 * whole network by its UUID. Demographics change; the identity and MRN never do. Patients are voided, never deleted.
 */
@Entity
@Table(name = "patient")
public class Patient extends ReplicatedRecord {

    @Column(name = "mrn", nullable = false, updatable = false, length = 40)
    private String mrn;

    @Column(name = "national_id", length = 40)
    private String nationalId;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "sort_name", nullable = false, length = 201)
    private String sortName;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 8)
    private Sex sex;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 254)
    private String email;

    @Column(name = "address_line", length = 200)
    private String addressLine;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(name = "country", length = 2)
    private String country;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "patient_name_token", joinColumns = @JoinColumn(name = "patient_id"))
    @Column(name = "token", length = 100)
    private Set<String> nameTokens = new HashSet<>();

    protected Patient() {
    }

    public Patient(String mrn, Demographics demographics, Stamp registered) {
        super(registered);
        this.mrn = mrn;
        apply(demographics);
    }

    /** Replaces the demographics; the MRN and identity stay. */
    public void updateDemographics(Demographics demographics, Stamp changed) {
        touch(changed);
        apply(demographics);
    }

    private void apply(Demographics d) {
        this.givenName = d.givenName();
        this.familyName = d.familyName();
        this.sortName = SearchableName.fold(d.familyName() + " " + d.givenName());
        this.birthDate = d.birthDate();
        this.sex = d.sex();
        this.nationalId = d.nationalId();
        this.phone = d.phone();
        this.email = d.email();
        this.addressLine = d.addressLine();
        this.city = d.city();
        this.postalCode = d.postalCode();
        this.country = d.country();
        this.nameTokens.clear();
        this.nameTokens.addAll(SearchableName.tokens(d.givenName(), d.familyName()));
    }

    public PatientId patientId() {
        return new PatientId(id());
    }

    public String mrn() {
        return mrn;
    }

    public Demographics demographics() {
        return new Demographics(givenName, familyName, birthDate, sex, nationalId, phone, email, addressLine, city,
                postalCode, country);
    }
}

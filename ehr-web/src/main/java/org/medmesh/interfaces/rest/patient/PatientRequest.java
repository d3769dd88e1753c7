package org.medmesh.interfaces.rest.patient;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

import org.medmesh.patient.domain.model.Demographics;
import org.medmesh.patient.domain.model.Sex;

/** Demographics as sent to register or update a patient. */
public class PatientRequest {

    @NotBlank(message = "Enter the given (first) name.")
    @Size(max = 100, message = "A given name has at most 100 characters.")
    public String givenName;

    @NotBlank(message = "Enter the family name.")
    @Size(max = 100, message = "A family name has at most 100 characters.")
    public String familyName;

    @NotNull(message = "Enter the birth date as YYYY-MM-DD.")
    public LocalDate birthDate;

    @NotNull(message = "Enter the sex: FEMALE, MALE, OTHER or UNKNOWN.")
    @Pattern(regexp = "FEMALE|MALE|OTHER|UNKNOWN", message = "Sex is FEMALE, MALE, OTHER or UNKNOWN.")
    public String sex;

    @Size(max = 40, message = "A national id has at most 40 characters.")
    @Pattern(regexp = "[A-Za-z0-9-]*", message = "A national id has only letters, digits and '-'.")
    public String nationalId;

    @Size(max = 40, message = "A phone number has at most 40 characters.")
    @Pattern(regexp = "[0-9+() -]*", message = "A phone number has only digits, spaces and + ( ) -.")
    public String phone;

    @Email(message = "Enter a valid e-mail address.")
    @Size(max = 254, message = "An e-mail address has at most 254 characters.")
    public String email;

    @Size(max = 200, message = "An address line has at most 200 characters.")
    public String addressLine;

    @Size(max = 100, message = "A city has at most 100 characters.")
    public String city;

    @Size(max = 20, message = "A postal code has at most 20 characters.")
    public String postalCode;

    @Pattern(regexp = "[A-Z]{2}", message = "The country is a two-letter ISO code such as DE or FR.")
    public String country;

    Demographics toDemographics() {
        return new Demographics(givenName, familyName, birthDate, Sex.valueOf(sex), nationalId, phone, email,
                addressLine, city, postalCode, country);
    }
}

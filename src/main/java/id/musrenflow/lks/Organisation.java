package id.musrenflow.lks;

import java.time.LocalDate;

/** An organisation in the registry; registration and accreditation fields are null until decided. */
public record Organisation(long id, String code, String name, LegalForm legalForm, String address,
                           String kelurahanCode, ServiceField serviceField, boolean lkksMember,
                           OrganisationStatus status, String registrationNumber, LocalDate registrationValidUntil,
                           AccreditationGrade accreditation, LocalDate accreditationValidUntil) {

    public boolean registeredOn(LocalDate date) {
        return registrationValidUntil != null && !registrationValidUntil.isBefore(date);
    }
}

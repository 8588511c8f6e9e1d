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

    /**
     * The registry status on {@code date}: a registration whose validity has passed is KEDALUWARSA even before the
     * expiry timer has marked it so. The one rule every LKS screen (registry, report, public list) reads.
     */
    public OrganisationStatus statusOn(LocalDate date) {
        return status == OrganisationStatus.TERDAFTAR && !registeredOn(date) ? OrganisationStatus.KEDALUWARSA : status;
    }

    /** This organisation with {@link #statusOn} as its status. */
    public Organisation asOf(LocalDate date) {
        OrganisationStatus current = statusOn(date);
        return current == status ? this : new Organisation(id, code, name, legalForm, address, kelurahanCode,
                serviceField, lkksMember, current, registrationNumber, registrationValidUntil, accreditation,
                accreditationValidUntil);
    }
}

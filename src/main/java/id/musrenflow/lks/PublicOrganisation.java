package id.musrenflow.lks;

import java.time.LocalDate;

/** What anyone may read about a registered or accredited organisation: no officers, no personal data. */
public record PublicOrganisation(String code, String name, String kelurahan, ServiceField serviceField,
                                 boolean lkksMember, String registrationNumber, LocalDate registrationValidUntil,
                                 AccreditationGrade accreditation, LocalDate accreditationValidUntil) {
}

package id.musrenflow.lks;

import java.time.LocalDate;

/**
 * An accreditation certificate (SERT-AKR-2027-0001) as printed and publicly verified: the organisation, grade and
 * validity, the BALKS decision date. No officers, no personal data.
 */
public record Certificate(String number, String applicationNumber, String organisationName,
                          String organisationAddress, AccreditationGrade grade, LocalDate validFrom,
                          LocalDate validUntil, LocalDate decidedOn) {

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}

package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.util.List;

/** A yearly LKK programme with its activities in their order. */
public record LkkProgramme(long id, String number, int year, String kelurahanCode, String lembaga, String ownerGroup,
                           ProgrammeStatus status, String submitter, int version, List<Activity> activities) {

    public LkkProgramme {
        activities = List.copyOf(activities);
    }

    public BigDecimal total() {
        return activities.stream().map(Activity::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public ProgrammeOwner owner() {
        return new ProgrammeOwner(ownerGroup, kelurahanCode, lembaga);
    }
}

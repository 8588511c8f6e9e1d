package id.musrenflow.lks.internal;

import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.lks.Officer;
import id.musrenflow.lks.Organisation;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Conflict of interest of an assessor: never assigned to an organisation they are linked to. Linked = holds (or
 * held) any position at that organisation (e.g. PENGURUS_LKS of its code), or is listed among its officers
 * (lks_pengurus, any term; matched by full name, as officers are not user accounts).
 */
public final class AssessorConflict {

    private AssessorConflict() {
    }

    /** Message key of the refusal, or null when the assessor may be assigned. */
    public static String refusal(UserAccount assessor, Organisation organisation, List<Officer> officers,
                                 LocalDate today) {
        if (assessor == null || !assessor.active()) {
            return "lks.akreditasi.error.asesor-tidak-dikenal";
        }
        if (assessor.positions().stream().noneMatch(p -> p.type() == PositionType.ASESOR && p.activeOn(today))) {
            return "lks.akreditasi.error.bukan-asesor";
        }
        if (linked(assessor, organisation, officers)) {
            return "lks.akreditasi.error.asesor-terkait";
        }
        return null;
    }

    public static boolean linked(UserAccount assessor, Organisation organisation, List<Officer> officers) {
        boolean position = assessor.positions().stream().map(Position::organisationCode)
                .anyMatch(organisation.code()::equals);
        String name = normal(assessor.fullName());
        return position || officers.stream().anyMatch(o -> normal(o.name()).equals(name));
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}

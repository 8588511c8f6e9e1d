package id.musrenflow.monitoring;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.proposal.PlannerReach;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.region.TerritoryCodes;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who sees which usulan in the planners' views (issue "Pemantauan", who sees what): Bappeda planners and
 * administrators, pemantau and the system administrator the whole city; Camat and kecamatan staff their kecamatan;
 * Lurah, kelurahan staff and LPM their kelurahan; an OPD verifier the usulan whose initial or final OPD is theirs;
 * a DPRD member their own pokir. RT and RW heads, LKK and pokmas keep their own lists and have no planner's view.
 * A reader with several positions sees the union.
 */
@Component
public class MonitoringAccess implements PlannerReach {

    public static final String[] ROLES = {"BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU", "ADMIN_SISTEM", "CAMAT",
            "STAF_KECAMATAN", "LURAH", "STAF_KELURAHAN", "LPM", "VERIFIKATOR_OPD", "DPRD"};

    @Override
    public ProposalReach reach(AuthenticatedUser user) {
        boolean city = false;
        Set<String> territories = new LinkedHashSet<>();
        Set<String> opds = new LinkedHashSet<>();
        String pokir = null;
        for (Position p : user.positions()) {
            switch (p.type()) {
                case BAPPEDA, BAPPEDA_ADMIN, PEMANTAU, ADMIN_SISTEM -> city = true;
                case CAMAT, STAF_KECAMATAN, LURAH, STAF_KELURAHAN, LPM -> territories.add(p.territoryCode());
                case VERIFIKATOR_OPD -> {
                    if (p.organisationCode() != null) {
                        opds.add(p.organisationCode());
                    }
                }
                case DPRD -> pokir = user.username();
                default -> { }
            }
        }
        return city ? ProposalReach.CITY : new ProposalReach(false, territories, opds, pokir);
    }

    /** May open the planners' views at all. */
    public boolean mayMonitor(AuthenticatedUser user) {
        return !reach(user).none();
    }

    /**
     * The territory the reader starts at: the city for city-wide readers and for OPD verifiers and DPRD members
     * (their reach is not a territory), else their kecamatan or kelurahan (the widest when they hold several).
     */
    public String home(AuthenticatedUser user) {
        ProposalReach reach = reach(user);
        if (reach.wholeCity() || reach.territories().isEmpty()) {
            return TerritoryCodes.KOTA_PEKALONGAN;
        }
        return reach.territories().stream().min(java.util.Comparator.comparingInt(c -> c.length())).orElseThrow();
    }

    /**
     * May look at {@code territory} (a drill-down or a filter): inside the reach for territorial readers; any
     * territory for city-wide, OPD and DPRD readers, whose rows the reach limits anyway. Unknown codes are refused
     * by the caller the same way.
     */
    public boolean mayView(AuthenticatedUser user, String territory) {
        ProposalReach reach = reach(user);
        if (reach.none() || territory == null) {
            return !reach.none();
        }
        if (reach.wholeCity() || !reach.opds().isEmpty() || reach.pokirOf() != null) {
            return true;
        }
        return reach.territories().stream().anyMatch(t -> TerritoryCodes.contains(t, territory));
    }
}

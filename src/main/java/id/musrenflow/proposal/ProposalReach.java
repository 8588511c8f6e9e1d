package id.musrenflow.proposal;

import java.util.Set;

/**
 * The usulan a reader may see in planners' views (register, dashboard, map, exports): the whole city, or the union
 * of territories (a kecamatan or kelurahan code covers everything below it), OPD (initial or final OPD) and, for a
 * DPRD member, their own pokir. Drafts are never included: they are the proposer's own work until submitted.
 */
public record ProposalReach(boolean wholeCity, Set<String> territories, Set<String> opds, String pokirOf) {

    public ProposalReach {
        territories = territories == null ? Set.of() : Set.copyOf(territories);
        opds = opds == null ? Set.of() : Set.copyOf(opds);
    }

    public static final ProposalReach NONE = new ProposalReach(false, Set.of(), Set.of(), null);
    public static final ProposalReach CITY = new ProposalReach(true, Set.of(), Set.of(), null);

    public boolean none() {
        return !wholeCity && territories.isEmpty() && opds.isEmpty() && pokirOf == null;
    }
}

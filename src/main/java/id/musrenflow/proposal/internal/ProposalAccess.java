package id.musrenflow.proposal.internal;

import id.musrenflow.identity.Position;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.region.TerritoryCodes;
import java.util.List;

/**
 * Who may read an usulan: its proposer, and holders of a position whose territory or organisation covers it.
 * A draft is the proposer's work in progress and stays private until it is submitted.
 */
public final class ProposalAccess {

    private ProposalAccess() {
    }

    public static boolean mayRead(ProposalSummary usulan, String username, List<Position> positions) {
        if (usulan.proposer().equals(username)) {
            return true;
        }
        if (usulan.status() == ProposalStatus.DRAFT) {
            return false;
        }
        return positions.stream().anyMatch(p -> covers(p, usulan));
    }

    private static boolean covers(Position p, ProposalSummary u) {
        return switch (p.type()) {
            case KETUA_RT -> u.rtCodes().contains(p.territoryCode());
            case KETUA_RW -> p.territoryCode().equals(u.rwCode())
                    || u.rtCodes().stream().anyMatch(rt -> TerritoryCodes.contains(p.territoryCode(), rt));
            case LPM, PENGURUS_LKK, POKMAS, LURAH, STAF_KELURAHAN -> p.territoryCode().equals(u.kelurahanCode());
            case CAMAT, STAF_KECAMATAN -> TerritoryCodes.contains(p.territoryCode(), u.kelurahanCode());
            case VERIFIKATOR_OPD -> p.organisationCode() != null && p.organisationCode().equals(u.targetOpd());
            case BAPPEDA, BAPPEDA_ADMIN, PEMANTAU, ADMIN_SISTEM -> true;
            default -> false;
        };
    }
}

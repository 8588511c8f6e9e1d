package id.musrenflow.proposal.ui;

import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionType;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The position a user proposes in and the origin it gives the usulan: an RT head proposes RT usulan, an RW head RW
 * usulan, an LKK officer LKK usulan, the Lurah usulan langsung, kelurahan staff enter residents' usulan, a DPRD
 * member pokir.
 */
record ProposerRole(Position position, ProposalOrigin origin) {

    private static final Map<PositionType, ProposalOrigin> ORIGINS = Map.of(
            PositionType.KETUA_RT, ProposalOrigin.RT,
            PositionType.KETUA_RW, ProposalOrigin.RW,
            PositionType.PENGURUS_LKK, ProposalOrigin.LKK,
            PositionType.LURAH, ProposalOrigin.LANGSUNG,
            PositionType.STAF_KELURAHAN, ProposalOrigin.WARGA,
            PositionType.DPRD, ProposalOrigin.POKIR);
    private static final List<PositionType> PREFERENCE = List.of(PositionType.KETUA_RT, PositionType.KETUA_RW,
            PositionType.PENGURUS_LKK, PositionType.LURAH, PositionType.STAF_KELURAHAN, PositionType.DPRD);

    static Optional<ProposerRole> of(List<Position> positions) {
        for (PositionType type : PREFERENCE) {
            Optional<Position> held = positions.stream().filter(p -> p.type() == type).findFirst();
            if (held.isPresent()) {
                return Optional.of(new ProposerRole(held.get(), ORIGINS.get(type)));
            }
        }
        return Optional.empty();
    }

    /** Null for a DPRD member, who chooses the kelurahan. */
    String kelurahanCode() {
        String code = position.territoryCode();
        if (code == null) {
            return null;
        }
        String[] parts = code.split("\\.");
        return parts.length < 4 ? null : String.join(".", parts[0], parts[1], parts[2], parts[3]);
    }

    /** The RT the user may choose from: their RW's RT for RT and RW heads, the kelurahan's RT otherwise. */
    List<Territory> rtChoices(RegionService regions, String kelurahan) {
        String rw = rwOfPosition();
        if (rw != null) {
            return active(regions.children(rw));
        }
        List<Territory> rts = new ArrayList<>();
        if (kelurahan != null) {
            for (Territory rwTerritory : active(regions.children(kelurahan))) {
                if (rwTerritory.level() == Level.RW) {
                    rts.addAll(active(regions.children(rwTerritory.code())));
                }
            }
        }
        return rts;
    }

    /** The RT preselected on a new usulan: an RT head's own RT. */
    Optional<String> ownRt() {
        return origin == ProposalOrigin.RT ? Optional.of(position.territoryCode()) : Optional.empty();
    }

    /** The RW of an usulan serving these RT: the position's RW, or the one RW all chosen RT share. */
    String rwFor(List<String> rtCodes) {
        String rw = rwOfPosition();
        if (rw != null) {
            return rw;
        }
        List<String> rws = rtCodes.stream().map(rt -> rt.substring(0, rt.lastIndexOf('.'))).distinct().toList();
        return rws.size() == 1 ? rws.get(0) : null;
    }

    private String rwOfPosition() {
        return switch (origin) {
            case RT -> position.territoryCode().substring(0, position.territoryCode().lastIndexOf('.'));
            case RW -> position.territoryCode();
            default -> null;
        };
    }

    private static List<Territory> active(List<Territory> territories) {
        return territories.stream().filter(Territory::active).toList();
    }
}

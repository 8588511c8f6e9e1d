package id.musrenflow.proposal.process;

import static id.musrenflow.identity.PositionType.BAPPEDA;
import static id.musrenflow.identity.PositionType.CAMAT;
import static id.musrenflow.identity.PositionType.LURAH;

import id.musrenflow.identity.PositionType;
import id.musrenflow.region.TerritoryCodes;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The position an overdue usulan task escalates to, from a candidate group it was offered to (issue 10): the RW head
 * and the kelurahan staff or LPM to their Lurah, a Lurah to the Camat, the kecamatan's field team and an OPD's
 * verifiers to Bappeda. Bappeda, and any other position, has none above.
 */
public final class PosisiAtasan {

    private PosisiAtasan() {
    }

    public static Optional<String> dari(String group) {
        String[] parts = group.split(":", 2);
        String territory = parts.length > 1 ? parts[1] : "";
        Optional<PositionType> type = Arrays.stream(PositionType.values())
                .filter(t -> t.groupPrefix().equals(parts[0])).findFirst();
        return type.flatMap(t -> switch (t) {
            case KETUA_RW -> parentOf(territory).map(kelurahan -> LURAH.groupId(kelurahan, null));
            case STAF_KELURAHAN, LPM -> Optional.of(territory).filter(code -> !code.isBlank())
                    .map(kelurahan -> LURAH.groupId(kelurahan, null));
            case LURAH -> parentOf(territory).map(kecamatan -> CAMAT.groupId(kecamatan, null));
            case STAF_KECAMATAN, VERIFIKATOR_OPD -> Optional.of(BAPPEDA.groupId(null, null));
            default -> Optional.empty();
        });
    }

    /** The territory one level up: an RW's kelurahan, a kelurahan's kecamatan. */
    private static Optional<String> parentOf(String territory) {
        if (territory.isBlank()) {
            return Optional.empty();
        }
        List<String> chain = TerritoryCodes.selfAndAncestors(territory);
        return chain.size() > 1 ? Optional.of(chain.get(1)) : Optional.empty();
    }
}

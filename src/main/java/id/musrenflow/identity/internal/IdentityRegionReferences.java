package id.musrenflow.identity.internal;

import id.musrenflow.region.RegionReferences;
import org.springframework.stereotype.Component;

/** A territory that is or was the seat of a position keeps its history: it may be deactivated, not deleted. */
@Component
class IdentityRegionReferences implements RegionReferences {

    private final JabatanRepository positions;

    IdentityRegionReferences(JabatanRepository positions) {
        this.positions = positions;
    }

    @Override
    public boolean isReferenced(String territoryCode) {
        return positions.existsByWilayahKode(territoryCode) || positions.existsByWilayahKodeStartingWith(territoryCode + ".");
    }
}

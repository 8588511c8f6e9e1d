package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.util.Set;

/**
 * What catalogue items may refer to: codes of the active OPD, of the bidang urusan and of the sub kegiatan, and the
 * highest unit cost accepted (a larger figure is a typing error).
 */
public record CatalogueReferences(Set<String> opdCodes, Set<String> fieldsOfGovernment, Set<String> subActivities,
                                  BigDecimal maxUnitCost) {

    public CatalogueReferences {
        opdCodes = Set.copyOf(opdCodes);
        fieldsOfGovernment = Set.copyOf(fieldsOfGovernment);
        subActivities = Set.copyOf(subActivities);
    }
}

package id.musrenflow.proposal;

import java.math.BigDecimal;

/** An entry of the kamus usulan for a planning year. */
public record CatalogueItem(long id, int year, String code, String name, ProposalKind kind, ProposalField field,
                            String unit, BigDecimal unitCost, String opdCode, String fieldOfGovernment,
                            String subActivityCode, boolean danaKelurahan, boolean photoRequired,
                            boolean coordinatesRequired, boolean landEvidenceRequired) {
}

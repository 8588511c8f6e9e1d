package id.musrenflow.proposal;

import java.math.BigDecimal;

/**
 * What the Bappeda admin types for a catalogue item (in the dialog or in one row of the workbook). Unchecked: the
 * catalogue service refuses it with every problem named by field.
 */
public record CatalogueItemDraft(String code, String name, ProposalKind kind, ProposalField field, String unit,
                                 BigDecimal unitCost, String opdCode, String fieldOfGovernment,
                                 String subActivityCode, boolean danaKelurahan, boolean photoRequired,
                                 boolean coordinatesRequired, boolean landEvidenceRequired) {

    public static CatalogueItemDraft of(CatalogueItem item) {
        return new CatalogueItemDraft(item.code(), item.name(), item.kind(), item.field(), item.unit(),
                item.unitCost(), item.opdCode(), item.fieldOfGovernment(), item.subActivityCode(),
                item.danaKelurahan(), item.photoRequired(), item.coordinatesRequired(), item.landEvidenceRequired());
    }
}

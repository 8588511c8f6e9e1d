package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the proposer fills in. {@code catalogueItemId} null means an usulan langsung (nothing in the catalogue fits);
 * {@code cost} null means volume × unit cost; a different cost needs {@code costReason}.
 */
public record ProposalDraft(int year, ProposalOrigin origin, String kelurahanCode, String rwCode, List<String> rtCodes,
                            String address, BigDecimal latitude, BigDecimal longitude, ProposalKind kind,
                            ProposalField field, Long catalogueItemId, String title, String problem,
                            String description, String expectedOutput, Integer beneficiaries,
                            String beneficiaryGroup, BigDecimal volume, String unit, BigDecimal unitCost,
                            BigDecimal cost, String costReason, String communityContribution, String residentName,
                            String residentPhone) {
}

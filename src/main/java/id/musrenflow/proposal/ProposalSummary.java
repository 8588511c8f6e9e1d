package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.util.List;

/** An usulan as lists, inboxes and the tracking page show it. */
public record ProposalSummary(long id, String number, int year, ProposalStatus status, int revision, String title,
                              ProposalKind kind, String kelurahanCode, String rwCode, List<String> rtCodes,
                              String address, BigDecimal volume, String unit, BigDecimal cost, String proposer,
                              String targetOpd, Long catalogueItemId, BigDecimal latitude, BigDecimal longitude) {

    /** "Paving jalan (Revisi)" once returned and revised; the number never changes. */
    public String displayTitle() {
        return revision > 0 ? title + " (Revisi)" : title;
    }
}

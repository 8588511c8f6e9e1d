package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * An usulan as lists, inboxes and the tracking page show it. {@code version} is the optimistic-lock counter an
 * edit form hands back, so a change made meanwhile by someone else is refused instead of overwritten.
 */
public record ProposalSummary(long id, String number, int year, ProposalStatus status, int revision, String title,
                              ProposalKind kind, String kelurahanCode, String rwCode, List<String> rtCodes,
                              String address, BigDecimal volume, String unit, BigDecimal cost, String proposer,
                              String targetOpd, Long catalogueItemId, BigDecimal latitude, BigDecimal longitude,
                              long version, LocalDateTime changedAt) {

    /** "Paving jalan (Revisi)" once returned and revised; the number never changes. */
    public String displayTitle() {
        return revision > 0 ? title + " (Revisi)" : title;
    }

    /** The proposer may still change the fields: a draft, or an usulan returned for revision. */
    public boolean editable() {
        return status == ProposalStatus.DRAFT || status == ProposalStatus.PERLU_REVISI;
    }

    /** The same usulan with the RT it serves (they are read apart from the row, for a whole list at once). */
    public ProposalSummary withRtCodes(List<String> codes) {
        return new ProposalSummary(id, number, year, status, revision, title, kind, kelurahanCode, rwCode,
                List.copyOf(codes), address, volume, unit, cost, proposer, targetOpd, catalogueItemId, latitude,
                longitude, version, changedAt);
    }
}

package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/** One activity of the plan: the allocation made for a candidate, with its sub kegiatan code. */
public record PlanItem(long allocationId, CandidateSource source, long candidateId, String description,
                       FundField field, String subActivityCode, BigDecimal amount) {

    public CandidateRef ref() {
        return new CandidateRef(source, candidateId);
    }
}

package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/**
 * A candidate of the Rencana Kegiatan Kelurahan, in priority order: usulan by the kelurahan forum's rank, then LKK
 * activities in the order their programmes were accepted.
 *
 * @param reference usulan number or LKK programme number
 * @param rank      the kelurahan forum's rank of an usulan; null for LKK activities
 */
public record PlanCandidate(CandidateSource source, long id, String reference, String title, FundField field,
                            BigDecimal cost, Integer rank) {

    public static final String SUB_KEGIATAN_SARANA_PRASARANA = "7.01.03.2.02.0002";
    public static final String SUB_KEGIATAN_PEMBERDAYAAN = "7.01.03.2.02.0003";

    public CandidateRef ref() {
        return new CandidateRef(source, id);
    }

    public String subActivityCode() {
        return subActivityCode(field);
    }

    public static String subActivityCode(FundField field) {
        return field == FundField.SARANA_PRASARANA ? SUB_KEGIATAN_SARANA_PRASARANA : SUB_KEGIATAN_PEMBERDAYAAN;
    }
}

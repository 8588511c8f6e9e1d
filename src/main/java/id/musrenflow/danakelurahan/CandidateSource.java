package id.musrenflow.danakelurahan;

/** Where a candidate of the Rencana Kegiatan Kelurahan comes from. */
public enum CandidateSource {
    /** an usulan the musrenbang kelurahan agreed to fund from dana kelurahan */
    USULAN,
    /** an activity of an accepted LKK programme (pemberdayaan) */
    KEGIATAN_LKK
}

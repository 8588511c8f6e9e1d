package id.musrenflow.proposal;

/**
 * Everything stored of an usulan: the summary lists show, the fields as the proposer entered them (a draft, which
 * the edit form starts from), and what the levels above added.
 */
public record ProposalDetail(ProposalSummary summary, ProposalDraft fields, String proposerPosition,
                             String initialOpd, String subActivityCode, Integer rankRw, Integer rankKelurahan,
                             Integer rankKecamatan, int repeatCount) {
}

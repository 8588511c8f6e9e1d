package id.musrenflow.proposal;

/**
 * Everything stored of an usulan: the summary lists show, the fields as the proposer entered them (a draft, which
 * the edit form starts from), what the levels above added, and the catalogue item as it was when the proposer
 * saved the usulan ({@code proposedItem}, null for an usulan langsung): later edits of the catalogue do not change it.
 */
public record ProposalDetail(ProposalSummary summary, ProposalDraft fields, String proposerPosition,
                             String initialOpd, String subActivityCode, Integer rankRw, Integer rankKelurahan,
                             Integer rankKecamatan, int repeatCount, CatalogueItem proposedItem) {
}

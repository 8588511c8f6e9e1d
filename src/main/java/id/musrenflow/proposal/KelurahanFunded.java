package id.musrenflow.proposal;

import java.math.BigDecimal;

/**
 * An usulan the musrenbang kelurahan agreed to fund from dana kelurahan (status DIDANAI_DANA_KELURAHAN), with the
 * forum's rank: a candidate of the kelurahan's activity plan.
 */
public record KelurahanFunded(long id, String number, String title, ProposalKind kind, BigDecimal cost,
                              Integer kelurahanRank) {
}

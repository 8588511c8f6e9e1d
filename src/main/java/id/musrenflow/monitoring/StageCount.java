package id.musrenflow.monitoring;

import id.musrenflow.proposal.ProposalStage;

/** One bar of a funnel: the usulan of a stage. */
public record StageCount(ProposalStage stage, Figure figure) {
}

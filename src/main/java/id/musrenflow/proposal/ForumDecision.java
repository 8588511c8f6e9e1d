package id.musrenflow.proposal;

/**
 * The forum's decision on one usulan of its list: agreed ones carry their rank (1..n, unique in the list), the
 * others a reason code and a reason the proposer will read.
 */
public record ForumDecision(String number, ForumOutcome outcome, Integer rank, ReasonCode reasonCode, String reason) {

    public static ForumDecision agreed(String number, ForumOutcome outcome, int rank) {
        return new ForumDecision(number, outcome, rank, null, null);
    }

    public static ForumDecision notAgreed(String number, ReasonCode reasonCode, String reason) {
        return new ForumDecision(number, ForumOutcome.TIDAK_DISEPAKATI, null, reasonCode, reason);
    }
}

package id.musrenflow.proposal;

/** An usulan on the map. */
public record MapPoint(long id, String number, String title, ProposalStage stage, double latitude, double longitude) {
}

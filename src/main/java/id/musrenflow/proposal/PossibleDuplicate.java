package id.musrenflow.proposal;

/**
 * Another usulan that may ask for the same thing: same catalogue item nearby ({@code distanceMetres}), or earlier in
 * one of the same RT and still valid ({@code sameRt}). A warning for the verifier, never an automatic rejection.
 */
public record PossibleDuplicate(long id, String number, String title, int year, ProposalStatus status,
                                Integer distanceMetres, boolean sameRt) {
}

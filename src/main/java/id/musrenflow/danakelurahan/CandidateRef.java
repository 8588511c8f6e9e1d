package id.musrenflow.danakelurahan;

/** Points at one candidate: its source and its id there (usulan id or LKK activity id). */
public record CandidateRef(CandidateSource source, long id) {
}

package id.musrenflow.danakelurahan;

/** Physical work (construction) or not; the decision table's first distinction. */
public enum ActivityKind {
    FISIK, NON_FISIK
}

package id.musrenflow.danakelurahan;

/**
 * What the implementation-mode decision needs to know about one activity.
 *
 * @param value whole Rupiah, more than zero
 */
public record ImplementationQuestion(int year, ActivityKind kind, long value, boolean capablePokmas,
                                     boolean capableLkk, boolean training) {
}

package id.musrenflow.season;

/** One thing wrong with a window the admin entered, on the field ({@code end} false means the start). */
public record WindowProblem(Stage stage, boolean end, String messageKey, Object... arguments) {
}

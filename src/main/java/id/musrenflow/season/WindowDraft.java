package id.musrenflow.season;

import java.time.LocalDate;

/** A window as the admin enters it when opening a season; dates are inclusive. */
public record WindowDraft(Stage stage, LocalDate start, LocalDate end) {
}

package id.musrenflow.lks;

import java.time.LocalDate;

/** What the officer form sends; {@code nik} may be null on an edit to keep the stored one. */
public record OfficerDraft(String name, String role, String nik, LocalDate start, LocalDate end) {
}

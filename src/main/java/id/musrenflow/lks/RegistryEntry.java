package id.musrenflow.lks;

import java.time.LocalDate;

/**
 * An organisation as the registry administration edits it: the entry, its legal document numbers (akta pendirian,
 * SK Kemenkumham), since when it is an LKKS member, and the version an edit must name (optimistic locking).
 */
public record RegistryEntry(Organisation organisation, String deedNumber, String decreeNumber, LocalDate lkksSince,
                            int version) {
}

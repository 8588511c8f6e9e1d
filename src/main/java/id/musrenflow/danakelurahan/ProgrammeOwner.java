package id.musrenflow.danakelurahan;

/**
 * The lembaga a programme belongs to, through the position that drafts it: the programme is the position's, not the
 * person's, so the next officer of the same lembaga continues it.
 *
 * @param group   candidate group of the position, e.g. {@code pengurus-lkk:33.75.01.1002:PKK}
 * @param lembaga short code used in the programme number: PKK, KARANG_TARUNA, LPM, RW002, RT002-003...
 */
public record ProgrammeOwner(String group, String kelurahanCode, String lembaga) {
}

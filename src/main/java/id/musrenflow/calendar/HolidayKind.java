package id.musrenflow.calendar;

/** Why a weekday is not a working day. */
public enum HolidayKind {
    /** Hari libur nasional (Keppres 251/1967 as amended; dates by the SKB 3 Menteri). */
    LIBUR_NASIONAL,
    /** Cuti bersama of the civil service, set by the same SKB. */
    CUTI_BERSAMA,
    /** A day off declared by the city or the province. */
    LIBUR_DAERAH
}

package id.musrenflow.lks;

import java.time.LocalDate;

/** An officer (pengurus) and their term; the NIK never leaves the service unmasked. */
public record Officer(long id, String name, String role, String maskedNik, LocalDate start, LocalDate end,
                      int version) {

    public Officer(long id, String name, String role, String maskedNik, LocalDate start, LocalDate end) {
        this(id, name, role, maskedNik, start, end, 0);
    }

    /** 3375011203800001 → 3375********0001: enough to tell two officers apart, not enough to misuse. */
    public static String mask(String nik) {
        if (nik == null || nik.length() < 8) {
            return "****";
        }
        return nik.substring(0, 4) + "*".repeat(nik.length() - 8) + nik.substring(nik.length() - 4);
    }
}

package id.musrenflow.danakelurahan;

/** Themes of LKK activities (PKK flagships in Pekalongan and the pemberdayaan fields of dana kelurahan). */
public enum ProgrammeTheme {
    BANK_SAMPAH, STUNTING, KRPPA, POSYANDU, UMKM, KESIAPSIAGAAN_BENCANA, LAINNYA
}

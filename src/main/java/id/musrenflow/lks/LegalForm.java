package id.musrenflow.lks;

/** Legal form (bentuk hukum) of a social organisation. */
public enum LegalForm { YAYASAN, PERKUMPULAN, ORMAS, LAINNYA }

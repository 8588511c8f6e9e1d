package id.musrenflow.danakelurahan;

/** Who carries out a dana kelurahan activity (Perpres 16/2018: swakelola types, or a third party). */
public enum ImplementationMode {
    /** planned, carried out and supervised by the kelurahan itself (with an LKK for training work) */
    SWAKELOLA_TIPE_I,
    /** carried out by a community group (Pokmas) */
    SWAKELOLA_TIPE_IV,
    /** a third party chosen by procurement */
    PENYEDIA
}

package id.musrenflow.danakelurahan;

/** The two sub kegiatan dana kelurahan may fund (7.01.03.2.02 .0002 and .0003). */
public enum FundField {
    SARANA_PRASARANA, PEMBERDAYAAN
}

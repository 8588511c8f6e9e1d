package id.musrenflow.danakelurahan;

/** Contract form with a third party by value (Perpres 16/2018 art. 28); thresholds live in the decision table. */
public enum ContractForm {
    BUKTI_PEMBELIAN, KUITANSI, SPK, SURAT_PERJANJIAN
}

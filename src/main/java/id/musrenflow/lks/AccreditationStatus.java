package id.musrenflow.lks;

/** Status of an accreditation application (akreditasi-lks.bpmn); every change is in its history. */
public enum AccreditationStatus {
    DIAJUKAN, TIDAK_MEMENUHI_SYARAT, PERLU_PERBAIKAN, DIAJUKAN_ULANG, TELAAH_DOKUMEN, PENUGASAN_ASESOR,
    KUNJUNGAN_LAPANGAN, ASESOR_DITUGASKAN, VISITASI_DIJADWALKAN, DINILAI, TINJAU_ULANG, TERAKREDITASI, TIDAK_TERAKREDITASI, DITOLAK, KEDALUWARSA;

    public boolean open() {
        return this != TIDAK_MEMENUHI_SYARAT && this != TERAKREDITASI && this != TIDAK_TERAKREDITASI
                && this != DITOLAK && this != KEDALUWARSA;
    }
}

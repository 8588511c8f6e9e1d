package id.musrenflow.lks.process;

/** Ids of processes/akreditasi-lks.bpmn and the variables it reads; tests and services use these names. */
public final class AkreditasiLksProcess {

    public static final String KEY = "Process_AkreditasiLks";

    public static final String TASK_PERIKSA_KELAYAKAN = "Task_PeriksaKelayakan";
    public static final String TASK_PRASARING = "Task_PrasaringLkks";
    public static final String TASK_PERBAIKAN = "Task_PerbaikanAkreditasi";
    public static final String TASK_TELAAH_DOKUMEN = "Task_TelaahDokumen";
    public static final String TASK_PENUGASAN_ASESOR = "Task_PenugasanAsesor";
    public static final String TASK_JADWAL_KUNJUNGAN = "Task_JadwalkanKunjungan";
    public static final String TASK_KUNJUNGAN = "Task_KunjunganLapangan";
    public static final String TASK_TETAPKAN_PERINGKAT = "Task_TetapkanPeringkat";
    public static final String TASK_KEPUTUSAN_BALKS = "Task_KeputusanBalks";
    public static final String TASK_SIMPAN_AKREDITASI = "Task_SimpanAkreditasi";
    public static final String TASK_PENGINGAT = "Task_KirimPengingatAkreditasiUlang";
    public static final String TASK_KEDALUWARSA = "Task_TandaiKedaluwarsa";
    public static final String EVENT_TUNGGU_PENGINGAT = "Event_TungguPengingatAkreditasiUlang";
    public static final String EVENT_BERAKHIR = "Event_AkreditasiBerakhir";
    public static final String EVENT_TIDAK_LAYAK = "Event_TidakMemenuhiSyarat";
    public static final String EVENT_DITOLAK = "Event_Ditolak";
    public static final String EVENT_TIDAK_TERAKREDITASI = "Event_TidakTerakreditasi";
    public static final String EVENT_KEDALUWARSA = "Event_Kedaluwarsa";

    public static final String FORM_PRASARING = "form-prasaring-akreditasi";
    public static final String FORM_PERBAIKAN = "form-perbaikan-akreditasi";
    public static final String FORM_TELAAH = "form-telaah-akreditasi";
    public static final String FORM_PENUGASAN = "form-penugasan-asesor";
    public static final String FORM_JADWAL_KUNJUNGAN = "form-jadwal-kunjungan";
    public static final String FORM_KUNJUNGAN = "form-kunjungan-akreditasi";
    public static final String FORM_KEPUTUSAN = "form-keputusan-akreditasi";

    /** LKKS officers pre-screen (PositionType.PENGURUS_LKKS). */
    public static final String GROUP_LKKS = "pengurus-lkks";
    /** BALKS: desk review, assessor assignment and the decision (PositionType.BALKS). */
    public static final String GROUP_BALKS = "balks";

    /** valuesKey of the assessor select in form-penugasan-asesor: users holding an ASESOR position today. */
    public static final String OPTIONS_ASESOR = "pilihanAsesor";

    /** Process variables: ids, decisions and scores only, never entities. */
    public static final class Var {
        public static final String AKREDITASI_ID = "akreditasiId";
        public static final String NOMOR = "nomorAkreditasi";
        public static final String KODE_LKS = "kodeLks";
        public static final String NAMA_LKS = "namaLks";
        public static final String PENGAJU = "pengaju";
        /** boolean, set by Task_PeriksaKelayakan */
        public static final String LAYAK = "layak";
        /** LANJUT, KEMBALIKAN, TOLAK (pre-screen and desk review); SETUJU, TINJAU_ULANG (BALKS) */
        public static final String KEPUTUSAN = "keputusan";
        public static final String KODE_ALASAN = "kodeAlasan";
        public static final String ALASAN = "alasan";
        public static final String CATATAN = "catatan";
        /** username of the assessor BALKS assigns */
        public static final String ASESOR = "asesor";
        /** ISO date-time (yyyy-MM-ddTHH:mm) the assessor schedules the site visit for */
        public static final String JADWAL_KUNJUNGAN = "jadwalKunjungan";
        /** ISO date of the site visit */
        public static final String TANGGAL_KUNJUNGAN = "tanggalKunjungan";
        public static final String LAPORAN_KUNJUNGAN = "laporanKunjungan";
        public static final String NILAI_PROGRAM = "nilaiProgram";
        public static final String NILAI_SDM = "nilaiSdm";
        public static final String NILAI_MANAJEMEN = "nilaiManajemen";
        public static final String NILAI_SARPRAS = "nilaiSarpras";
        public static final String NILAI_HASIL_LAYANAN = "nilaiHasilLayanan";
        /** weighted total 0–100 (double), set by Task_TetapkanPeringkat */
        public static final String NILAI_AKHIR = "nilaiAkhir";
        /** A, B, C or TIDAK_TERAKREDITASI, from peringkat-akreditasi.dmn */
        public static final String PERINGKAT = "peringkat";
        public static final String MASA_BERLAKU_TAHUN = "masaBerlakuTahun";
        /** ISO date: the accreditation's last valid day */
        public static final String BERLAKU_SAMPAI = "berlakuSampai";
        /** Date: when the holder is reminded to apply again */
        public static final String WAKTU_PENGINGAT = "waktuPengingatAkreditasiUlang";
        /** Date: when the accreditation expires (the day after its last valid day) */
        public static final String WAKTU_BERAKHIR = "waktuAkreditasiBerakhir";
        /** transient: who completed the step, for the history */
        public static final String PELAKU = "pelaku";

        private Var() {
        }
    }

    private AkreditasiLksProcess() {
    }
}

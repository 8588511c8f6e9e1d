package id.musrenflow.proposal.process;

/** Ids of processes/usulan-musrenbang.bpmn and the variables it reads; tests and services use these names. */
public final class UsulanMusrenbangProcess {

    public static final String KEY = "Process_UsulanMusrenbang";

    public static final String TASK_TELAAH_RW = "Task_TelaahRw";
    public static final String TASK_VERIFIKASI_KELURAHAN = "Task_VerifikasiKelurahan";
    public static final String TASK_REVISI = "Task_RevisiUsulan";
    public static final String TASK_VERIFIKASI_LAPANGAN = "Task_VerifikasiLapangan";
    public static final String TASK_VERIFIKASI_OPD = "Task_VerifikasiOpd";
    public static final String TASK_KEPUTUSAN_BAPPEDA = "Task_KeputusanBappeda";
    /** After MASUK_RKPD, the final OPD's verifiers record the budget, the start and the completion. */
    public static final String TASK_CATAT_ANGGARAN = "Task_CatatAnggaranOpd";
    public static final String TASK_CATAT_PELAKSANAAN = "Task_CatatPelaksanaanOpd";
    public static final String TASK_CATAT_SELESAI = "Task_CatatSelesaiOpd";
    public static final String EVENT_SELESAI = "Event_Selesai";
    public static final String EVENT_TIDAK_DIANGGARKAN = "Event_TidakDianggarkan";
    public static final String EVENT_TIDAK_MASUK_RKPD = "Event_TidakMasukRkpd";

    public static final String FORM_CATAT_ANGGARAN = "form-catat-anggaran-opd";
    public static final String FORM_CATAT_PELAKSANAAN = "form-catat-pelaksanaan-opd";
    public static final String FORM_CATAT_SELESAI = "form-catat-selesai-opd";
    public static final String EVENT_FORUM_KELURAHAN = "Event_TungguForumKelurahan";
    public static final String EVENT_FORUM_KECAMATAN = "Event_TungguForumKecamatan";

    public static final String MESSAGE_FORUM_KELURAHAN = "keputusan-forum-kelurahan";
    public static final String MESSAGE_FORUM_KECAMATAN = "keputusan-forum-kecamatan";
    public static final String MESSAGE_PENARIKAN = "penarikan-usulan";

    /** Process variables: ids and decisions only, never entities. */
    public static final class Var {
        public static final String USULAN_ID = "usulanId";
        public static final String NOMOR = "nomorUsulan";
        /** The planning year, whose season's windows bound the tasks' due dates. */
        public static final String TAHUN = "tahun";
        public static final String JUDUL = "judul";
        public static final String PENGUSUL = "pengusul";
        public static final String PERLU_TELAAH_RW = "perluTelaahRw";
        public static final String KODE_RW = "kodeRw";
        public static final String KODE_KELURAHAN = "kodeKelurahan";
        public static final String KODE_KECAMATAN = "kodeKecamatan";
        public static final String KODE_OPD = "kodeOpd";
        public static final String KEPUTUSAN = "keputusan";
        public static final String KEPUTUSAN_FORUM = "keputusanForum";
        public static final String PERINGKAT = "peringkat";
        public static final String KODE_ALASAN = "kodeAlasan";
        public static final String ALASAN = "alasan";
        public static final String CATATAN = "catatan";
        public static final String TAHAP_REVISI = "tahapRevisi";
        public static final String OPD_TUJUAN = "opdTujuan";
        public static final String VOLUME_SESUAI = "volumeSesuai";
        public static final String LOKASI_SESUAI = "lokasiSesuai";
        public static final String BUKAN_DUPLIKAT = "bukanDuplikat";
        /** ISO-8601 date (yyyy-MM-dd), as Camunda Forms stores it */
        public static final String TANGGAL_SURVEI = "tanggalSurvei";
        /** whole Rupiah, a Long */
        public static final String PAGU_INDIKATIF = "paguIndikatif";
        /** Due date (a Date) of the task the flow is entering, set on the way in: the task and its timers read it. */
        public static final String BATAS_WAKTU = "batasWaktu";
        /** When the reminder of that task fires (a Date), before {@link #BATAS_WAKTU}. */
        public static final String WAKTU_PENGINGAT = "waktuPengingat";
        /** Task-local: true once the task has passed its due date and was offered to the position above. */
        public static final String DIESKALASI = "dieskalasi";
        /** budget document reference (DPA number) the OPD records for DIANGGARKAN */
        public static final String NOMOR_DPA = "nomorDpa";
        /** ISO-8601 date of the budget document */
        public static final String TANGGAL_DPA = "tanggalDpa";
        /** whole Rupiah budgeted, a Long */
        public static final String NILAI_ANGGARAN = "nilaiAnggaran";
        /** ISO-8601 date the work started (DALAM_PELAKSANAAN) */
        public static final String TANGGAL_MULAI = "tanggalMulai";
        /** ISO-8601 date the work was finished (SELESAI) */
        public static final String TANGGAL_SELESAI = "tanggalSelesai";
        /** whole Rupiah spent, a Long */
        public static final String NILAI_REALISASI = "nilaiRealisasi";
        /** transient: who completed the step, for the status history */
        public static final String PELAKU = "pelaku";

        private Var() {
        }
    }

    private UsulanMusrenbangProcess() {
    }
}

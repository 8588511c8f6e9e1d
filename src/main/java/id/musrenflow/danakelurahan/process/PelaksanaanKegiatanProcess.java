package id.musrenflow.danakelurahan.process;

/** Ids of processes/pelaksanaan-kegiatan-kelurahan.bpmn and the variables it reads; tests and services use these. */
public final class PelaksanaanKegiatanProcess {

    /** Kept short: see {@link AlokasiDanaKelurahanProcess#KEY}. */
    public static final String KEY = "Process_PelaksanaanKegiatanKel";

    public static final String TASK_PELAKSANA = "Task_TetapkanPelaksana";
    public static final String TASK_TENTUKAN_MODE = "Task_TentukanMode";
    public static final String TASK_PERSIAPAN_POKMAS = "Task_PersiapanPokmas";
    public static final String TASK_VERIFIKASI_PERSIAPAN = "Task_VerifikasiPersiapan";
    public static final String TASK_PERSIAPAN_SWAKELOLA = "Task_PersiapanSwakelola";
    public static final String TASK_KONTRAK = "Task_KontrakPenyedia";
    public static final String TASK_PENCAIRAN = "Task_PencairanTahap";
    public static final String TASK_LPJ = "Task_LpjTahap";
    public static final String TASK_VERIFIKASI_LPJ = "Task_VerifikasiLpj";
    public static final String TASK_SERAH_TERIMA = "Task_SerahTerima";
    public static final String TASK_PENUTUPAN = "Task_PenutupanKegiatan";
    public static final String TASK_PENGINGAT = "Task_PengingatLaporan";
    public static final String TASK_ESKALASI = "Task_EskalasiLaporan";
    public static final String MESSAGE_LAPORAN = "Message_LaporanKemajuan";
    public static final String EVENT_DITUTUP = "Event_KegiatanDitutup";

    public static final String FORM_PELAKSANA = "form-pelaksana-kegiatan";
    public static final String FORM_DI_HALAMAN_KEGIATAN = "form-isian-kegiatan";
    public static final String FORM_VERIFIKASI_PERSIAPAN = "form-verifikasi-persiapan";
    public static final String FORM_PENCAIRAN = "form-pencairan-tahap";
    public static final String FORM_VERIFIKASI_LPJ = "form-verifikasi-lpj";
    public static final String FORM_PENUTUPAN = "form-penutupan-kegiatan";

    /** Process variables: ids and decisions only, never entities. */
    public static final class Var {
        public static final String KEGIATAN_ID = "kegiatanId";
        public static final String NOMOR = "nomorKegiatan";
        public static final String KODE_KELURAHAN = "kodeKelurahan";
        public static final String KELOMPOK_LURAH = "kelompokLurah";
        public static final String KELOMPOK_STAF = "kelompokStaf";
        /** pokmas:&lt;kelurahan&gt;:&lt;organisation&gt; for swakelola tipe IV, the kelurahan staff otherwise */
        public static final String KELOMPOK_PELAKSANA = "kelompokPelaksana";
        /** SWAKELOLA_TIPE_I, SWAKELOLA_TIPE_IV or PENYEDIA, set by the decision */
        public static final String MODE = "mode";
        public static final String KODE_POKMAS = "kodePokmas";
        public static final String POKMAS_MAMPU = "pokmasMampu";
        public static final String LKK_MAMPU = "lkkMampu";
        public static final String KEGIATAN_PELATIHAN = "kegiatanPelatihan";
        public static final String JUMLAH_TAHAP = "jumlahTahap";
        public static final String TAHAP_KE = "tahapKe";
        /** ISO-8601 durations: a report is due per period, the escalation follows after this much more */
        public static final String PERIODE_LAPORAN = "periodeLaporan";
        public static final String ESKALASI_LAPORAN = "eskalasiLaporan";
        /** TERIMA / REVISI (preparation), DIVERIFIKASI / REVISI (LPJ) */
        public static final String KEPUTUSAN = "keputusan";
        public static final String ALASAN = "alasan";
        public static final String CATATAN = "catatan";
        /** transient: who completed the step, for the status history */
        public static final String PELAKU = "pelaku";

        private Var() {
        }
    }

    private PelaksanaanKegiatanProcess() {
    }
}

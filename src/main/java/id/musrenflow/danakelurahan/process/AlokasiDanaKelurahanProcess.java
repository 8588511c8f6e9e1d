package id.musrenflow.danakelurahan.process;

/** Ids of processes/alokasi-dana-kelurahan.bpmn and the variables it reads; tests and services use these names. */
public final class AlokasiDanaKelurahanProcess {

    /**
     * Kept short on purpose: Camunda names a definition "key:version:uuid" only while that fits 64 characters and
     * falls back to a bare uuid otherwise, and the inbox reads the process key from that id.
     */
    public static final String KEY = "Process_AlokasiDanaKel";

    public static final String TASK_PERSETUJUAN = "Task_PersetujuanCamat";
    public static final String TASK_PERBAIKAN = "Task_PerbaikanRkk";
    public static final String EVENT_DISETUJUI = "Event_RkkDisetujui";

    public static final String FORM_PERSETUJUAN = "form-persetujuan-rkk";
    public static final String FORM_PERBAIKAN = "form-perbaikan-rkk";

    /** Process variables: ids and decisions only, never entities. */
    public static final class Var {
        public static final String TAHUN = "tahunRencana";
        public static final String KODE_KELURAHAN = "kodeKelurahan";
        public static final String NOMOR = "nomorRencana";
        /** camat:&lt;kecamatan&gt;: who approves */
        public static final String KELOMPOK_CAMAT = "kelompokCamat";
        /** lurah:&lt;kelurahan&gt;: who repairs a returned plan (the position, so a Plt continues the work) */
        public static final String KELOMPOK_LURAH = "kelompokLurah";
        /** username of the Lurah who submitted */
        public static final String PENGAJU = "pengaju";
        /** SETUJUI or KEMBALIKAN */
        public static final String KEPUTUSAN = "keputusan";
        public static final String KODE_ALASAN = "kodeAlasan";
        public static final String ALASAN = "alasan";
        public static final String CATATAN = "catatan";
        /** transient: who completed the step, for the status history */
        public static final String PELAKU = "pelaku";

        private Var() {
        }
    }

    private AlokasiDanaKelurahanProcess() {
    }
}

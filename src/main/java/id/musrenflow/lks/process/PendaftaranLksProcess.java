package id.musrenflow.lks.process;

/** Ids of processes/pendaftaran-lks.bpmn and the variables it reads; tests and services use these names. */
public final class PendaftaranLksProcess {

    public static final String KEY = "Process_PendaftaranLks";

    public static final String TASK_VERIFIKASI = "Task_VerifikasiDinsos";
    public static final String TASK_PERBAIKAN = "Task_PerbaikanPermohonan";
    public static final String TASK_KIRIM_PENGINGAT = "Task_KirimPengingat";
    public static final String TASK_ESKALASI = "Task_EskalasiKeterlambatan";
    public static final String TASK_PENGINGAT_PERPANJANGAN = "Task_KirimPengingatPerpanjangan";
    public static final String EVENT_PENGINGAT = "Event_PengingatVerifikasi";
    public static final String EVENT_BATAS_LEWAT = "Event_BatasVerifikasiLewat";
    public static final String EVENT_TUNGGU_PERPANJANGAN = "Event_TungguPengingatPerpanjangan";
    public static final String TASK_KEDALUWARSA = "Task_TandaiTandaDaftarKedaluwarsa";
    public static final String EVENT_BERAKHIR = "Event_TandaDaftarBerakhir";
    public static final String EVENT_KEDALUWARSA = "Event_TandaDaftarKedaluwarsa";
    public static final String EVENT_DITOLAK = "Event_Ditolak";

    public static final String FORM_VERIFIKASI = "form-verifikasi-lks";
    public static final String FORM_PERBAIKAN = "form-perbaikan-lks";

    /** The candidate group of Dinas Sosial verifiers (PositionType.DINSOS_VERIFIKATOR). */
    public static final String GROUP_DINSOS = "dinsos-verifikator";

    /** Process variables: ids and decisions only, never entities. */
    public static final class Var {
        public static final String PERMOHONAN_ID = "permohonanId";
        public static final String NOMOR = "nomorPermohonan";
        public static final String KODE_LKS = "kodeLks";
        public static final String NAMA_LKS = "namaLks";
        public static final String PENGAJU = "pengaju";
        /** LENGKAP_TERIMA, TIDAK_LENGKAP or TOLAK */
        public static final String KEPUTUSAN = "keputusan";
        public static final String KODE_ALASAN = "kodeAlasan";
        public static final String ALASAN = "alasan";
        public static final String CATATAN = "catatan";
        /** Date: the verification's due date (14 working days), also the task's due date */
        public static final String BATAS_VERIFIKASI = "batasVerifikasi";
        /** Date: when the verifiers are reminded */
        public static final String WAKTU_PENGINGAT = "waktuPengingat";
        /** Date: when an open verification is escalated */
        public static final String WAKTU_ESKALASI = "waktuEskalasi";
        /** ISO date yyyy-MM-dd: the registration's last valid day */
        public static final String BERLAKU_SAMPAI = "berlakuSampai";
        /** Date: when the officers are reminded to renew */
        public static final String WAKTU_PENGINGAT_PERPANJANGAN = "waktuPengingatPerpanjangan";
        /** Date: when the registration expires (the day after its last valid day) */
        public static final String WAKTU_BERAKHIR = "waktuTandaDaftarBerakhir";
        /** transient: who completed the step, for the history */
        public static final String PELAKU = "pelaku";

        private Var() {
        }
    }

    private PendaftaranLksProcess() {
    }
}

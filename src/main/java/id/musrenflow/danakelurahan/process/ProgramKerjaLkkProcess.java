package id.musrenflow.danakelurahan.process;

/** Ids of processes/program-kerja-lkk.bpmn and the variables it reads; tests and services use these names. */
public final class ProgramKerjaLkkProcess {

    public static final String KEY = "Process_ProgramKerjaLkk";

    public static final String TASK_TELAAH = "Task_TelaahProgramLkk";
    public static final String TASK_REVISI = "Task_RevisiProgramLkk";
    public static final String EVENT_DITERIMA = "Event_ProgramDiterima";
    public static final String EVENT_DITOLAK = "Event_ProgramDitolak";

    public static final String FORM_TELAAH = "form-telaah-program-lkk";
    public static final String FORM_REVISI = "form-revisi-program-lkk";

    /** Process variables: ids and decisions only, never entities. */
    public static final class Var {
        public static final String PROGRAM_ID = "programId";
        public static final String NOMOR = "nomorProgram";
        public static final String LEMBAGA = "lembaga";
        public static final String KODE_KELURAHAN = "kodeKelurahan";
        /** comma-separated candidate groups of the review (without the submitting lembaga itself) */
        public static final String PENINJAU = "kelompokPeninjau";
        /** username of the officer who submitted; the revision goes back to them */
        public static final String PENGAJU = "pengaju";
        public static final String KEPUTUSAN = "keputusan";
        public static final String KODE_ALASAN = "kodeAlasan";
        public static final String ALASAN = "alasan";
        public static final String CATATAN = "catatan";
        /** transient: who completed the step, for the status history */
        public static final String PELAKU = "pelaku";

        private Var() {
        }
    }

    private ProgramKerjaLkkProcess() {
    }
}

package id.musrenflow.season.process;

/** Names in processes/musim-perencanaan.bpmn; tests reuse them. */
public final class MusimPerencanaanProcess {

    public static final String KEY = "Process_MusimPerencanaan";
    public static final String SUBPROCESS_WINDOW = "SubProcess_JendelaTahap";
    public static final String EVENT_OPEN_TIMER = "Event_WaktuJendelaDibuka";
    public static final String EVENT_CLOSE_TIMER = "Event_WaktuJendelaDitutup";
    public static final String EVENT_EXTENDED = "Event_JendelaDiperpanjang";
    public static final String EVENT_REOPENED = "Event_JendelaDibukaKembali";
    public static final String EVENT_SEASON_CLOSED = "Event_MusimDitutup";
    public static final String MESSAGE_EXTENDED_PREFIX = "jendela-diperpanjang-";
    public static final String MESSAGE_SEASON_CLOSED = "musim-ditutup";

    private MusimPerencanaanProcess() {
    }

    /** Business key of the season of a planning year. */
    public static String businessKey(int planningYear) {
        return "MUSIM-" + planningYear;
    }

    public static final class Var {
        public static final String TAHUN = "tahun";
        public static final String TAHAPAN = "tahapan";
        public static final String TAHAP = "tahap";

        private Var() {
        }
    }
}

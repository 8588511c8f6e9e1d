package id.musrenflow.proposal.process;

/** Names in processes/masa-berlaku-usulan.bpmn; tests reuse them. */
public final class MasaBerlakuUsulanProcess {

    public static final String KEY = "Process_MasaBerlakuUsulan";
    public static final String EVENT_EXPIRY = "Event_MasaBerlakuHabis";
    public static final String TASK_EXPIRE = "Task_TandaiKadaluarsa";

    private MasaBerlakuUsulanProcess() {
    }

    public static final class Var {
        public static final String USULAN_ID = "usulanId";
        public static final String BATAS_BERLAKU = "batasBerlaku";

        private Var() {
        }
    }
}

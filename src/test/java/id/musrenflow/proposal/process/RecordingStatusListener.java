package id.musrenflow.proposal.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Stands in for the status listener bean in process tests and records which statuses the flow asked for. */
public class RecordingStatusListener {

    private final List<String> statuses = new ArrayList<>();
    private final List<Object> rwRanks = new ArrayList<>();
    private int fieldVerified;

    public void ke(DelegateExecution execution, String status) {
        statuses.add(status);
    }

    /** The RW rank is stored by the real listener; the flow only has to call it. */
    public void peringkatRw(DelegateExecution execution) {
        rwRanks.add(execution.getVariable("peringkat"));
    }

    public List<Object> rwRanks() {
        return rwRanks;
    }

    public void menurutForumKelurahan(DelegateExecution execution) {
        statuses.addAll(StatusUsulanRules.afterKelurahanForum((String) execution.getVariable("keputusanForum")));
    }

    public void menurutKeputusanOpd(DelegateExecution execution) {
        statuses.add(StatusUsulanRules.afterOpdRepeat((String) execution.getVariable("keputusan")));
    }

    /** The survey team found the usulan feasible: the real listener notes it on the usulan (status unchanged). */
    public void layakLapangan(DelegateExecution execution) {
        fieldVerified++;
    }

    public int fieldVerified() {
        return fieldVerified;
    }

    public List<String> statuses() {
        return statuses;
    }
}

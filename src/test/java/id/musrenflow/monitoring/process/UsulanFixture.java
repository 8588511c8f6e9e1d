package id.musrenflow.monitoring.process;

import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import java.time.Duration;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Usulan instances on an in-memory engine with the real processes/usulan-musrenbang.bpmn, started and moved the way
 * the proposal module's process test does, with the beans the BPMN calls replaced by stand-ins: every task is due
 * {@link #DUE_IN} after it is entered.
 */
final class UsulanFixture {

    static final String KEY = "Process_UsulanMusrenbang";
    static final String MEDONO = "33.75.01.1002";
    static final String BARAT = "33.75.01";
    static final String TIMUR = "33.75.02";
    static final String NOYONTAAN = "33.75.02.1005";
    static final Duration DUE_IN = Duration.ofDays(5);

    private final RuntimeService runtime;
    private final TaskService tasks;
    private int number;

    UsulanFixture(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
        Mocks.register("ubahStatusUsulan", new Quiet());
        Mocks.register("pelaksanaanUsulan", new Quiet());
        Mocks.register("pengingatEskalasiUsulan", new Quiet());
        Mocks.register("namaTugasUsulan", new Quiet());
        Mocks.register("tenggatTahap", new Deadlines());
    }

    /** Stands in for the status, execution, reminder and task-name beans: the flow only has to call them. */
    public static class Quiet {
        public void ke(DelegateExecution execution, String status) {
        }

        public void peringkatRw(DelegateExecution execution) {
        }

        public void menurutForumKelurahan(DelegateExecution execution) {
        }

        public void menurutKeputusanOpd(DelegateExecution execution) {
        }

        public void layakLapangan(DelegateExecution execution) {
        }

        public void bawaKeSiklusBerikutnya(DelegateExecution execution) {
        }

        public void catatAnggaran(DelegateExecution execution) {
        }

        public void catatMulai(DelegateExecution execution) {
        }

        public void catatSelesai(DelegateExecution execution) {
        }

        public void ingatkan(DelegateExecution execution, String stage) {
        }

        public void eskalasikan(DelegateExecution execution, String stage) {
        }

        public void beri(DelegateTask task) {
        }
    }

    /** Every stage is due {@link #DUE_IN} after the flow enters it, reminded a day before. */
    public static class Deadlines {
        public Date untuk(String stage, Integer tahun) {
            return new Date(ClockUtil.getCurrentTime().getTime() + DUE_IN.toMillis());
        }

        public void tetapkan(DelegateExecution execution, String stage) {
            long now = ClockUtil.getCurrentTime().getTime();
            execution.setVariable("batasWaktu", new Date(now + DUE_IN.toMillis()));
            execution.setVariable("waktuPengingat", new Date(now + DUE_IN.minusDays(1).toMillis()));
        }
    }

    /** An usulan of an RT in {@code kelurahan}, waiting for its RW head (or, {@code fromRt} false, the kelurahan). */
    ProcessInstance submit(String kelurahan, int year, boolean fromRt, String proposer) {
        number++;
        String key = "U-" + year + "-" + kelurahan.replace(".", "") + "-" + String.format("%04d", number);
        Map<String, Object> vars = new HashMap<>();
        vars.put("usulanId", (long) number);
        vars.put("nomorUsulan", key);
        vars.put("tahun", year);
        vars.put("pengusul", proposer);
        vars.put("perluTelaahRw", fromRt);
        vars.put("kodeRw", kelurahan + ".002");
        vars.put("kodeKelurahan", kelurahan);
        vars.put("kodeKecamatan", kelurahan.substring(0, 8));
        vars.put("kodeOpd", "DPUPR");
        return runtime.startProcessInstanceByKey(KEY, key, vars);
    }

    ProcessInstance submit(String kelurahan, int year) {
        return submit(kelurahan, year, true, "rt003");
    }

    void decide(ProcessInstance pi, String taskKey, String decision) {
        var task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).singleResult();
        tasks.complete(task.getId(), Map.of("keputusan", decision, "alasan", "catatan uji"));
    }

    String waitingAt(ProcessInstance pi) {
        return runtime.getActiveActivityIds(pi.getId()).toString();
    }

    static AuthenticatedUser reader(String username, PositionType type, String territory, String organisation) {
        Position p = new Position(1L, 1, type, territory, organisation, PositionStatus.DEFINITIF,
                id.musrenflow.TestTime.startDate().minusYears(1), null, null);
        return new Reader(username, List.of(p), UserService.groupsOf(List.of(p)));
    }

    record Reader(String username, List<Position> positions, Set<String> groups) implements AuthenticatedUser {
        @Override
        public String displayName() {
            return username;
        }

        @Override
        public String language() {
            return "id";
        }
    }
}

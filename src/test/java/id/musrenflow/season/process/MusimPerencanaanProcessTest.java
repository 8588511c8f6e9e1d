package id.musrenflow.season.process;

import static id.musrenflow.season.process.MusimPerencanaanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import id.musrenflow.season.Stage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * processes/musim-perencanaan.bpmn on an in-memory engine with the engine clock moved: each window opens on its first
 * day and closes after its last, an extension moves the closing (or reopens a closed window), and the season's end
 * stops every window. Dates come from a stand-in for the season table, on the default calendar.
 */
@Deployment(resources = "processes/musim-perencanaan.bpmn")
class MusimPerencanaanProcessTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final int PLANNING_YEAR = 2031;
    private static final int YEAR = PLANNING_YEAR - 1;

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    /** The season table as the timers read it: default windows, ends the test may move. */
    public static class Calendar {
        final Map<Stage, LocalDate[]> windows = new EnumMap<>(Stage.class);

        Calendar() {
            Arrays.stream(Stage.values()).forEach(s -> windows.put(s, new LocalDate[] {
                    s.defaultWindow(PLANNING_YEAR).start(), s.defaultWindow(PLANNING_YEAR).end()}));
        }

        public Date mulai(Integer tahun, String tahap) {
            return day(windows.get(Stage.valueOf(tahap))[0]);
        }

        public Date selesai(Integer tahun, String tahap) {
            return day(windows.get(Stage.valueOf(tahap))[1].plusDays(1));
        }
    }

    /** Records what the delegates were told. */
    public static class Log implements JavaDelegate {
        final String what;
        final List<String> lines;

        Log(String what, List<String> lines) {
            this.what = what;
            this.lines = lines;
        }

        @Override
        public void execute(DelegateExecution execution) {
            lines.add(what + " " + execution.getVariable(Var.TAHAP));
        }
    }

    private final Calendar calendar = new Calendar();
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void registerBeans() {
        Mocks.register("jadwalMusim", calendar);
        Mocks.register("catatJendelaDibukaDelegate", new Log("DIBUKA", log));
        Mocks.register("catatJendelaDitutupDelegate", new Log("DITUTUP", log));
        ClockUtil.setCurrentTime(day(LocalDate.of(YEAR - 1, 11, 20)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start() {
        return runtimeService().startProcessInstanceByKey(KEY, businessKey(PLANNING_YEAR), Map.of(Var.TAHUN,
                PLANNING_YEAR, Var.TAHAPAN, Arrays.stream(Stage.values()).map(Stage::name).toList()));
    }

    private static Date day(LocalDate date) {
        return Date.from(date.atStartOfDay(WIB).toInstant());
    }

    /** Moves the engine clock to 09.00 of {@code date} and fires every timer due by then, as the job executor would. */
    private void moveTo(LocalDate date) {
        ClockUtil.setCurrentTime(Date.from(date.atTime(9, 0).atZone(WIB).toInstant()));
        List<Job> due;
        while (!(due = managementService().createJobQuery().timers().duedateLowerThan(ClockUtil.getCurrentTime())
                .list()).isEmpty()) {
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    @Test
    void every_window_waits_for_its_first_day() {
        ProcessInstance season = start();

        assertThat(season).isWaitingAt(EVENT_OPEN_TIMER);
        assertThat(managementService().createJobQuery().processInstanceId(season.getId()).timers().count())
                .isEqualTo(Stage.values().length);
        moveTo(LocalDate.of(YEAR, 1, 1));
        assertThat(log).isEmpty();
    }

    @Test
    void windows_open_on_their_first_day_and_close_after_their_last() {
        start();

        moveTo(LocalDate.of(YEAR, 1, 2));
        assertThat(log).containsExactly("DIBUKA USULAN");
        moveTo(LocalDate.of(YEAR, 1, 15));
        assertThat(log).containsExactly("DIBUKA USULAN", "DIBUKA REMBUK_RW", "DIBUKA PRA_MUSRENBANG_KELURAHAN");
        moveTo(LocalDate.of(YEAR, 1, 16));
        assertThat(log).endsWith("DITUTUP USULAN");
        moveTo(LocalDate.of(YEAR, 5, 1));
        assertThat(log).hasSize(2 * Stage.values().length)
                .contains("DIBUKA MUSRENBANG_KOTA", "DITUTUP MUSRENBANG_KOTA");
    }

    @Test
    void an_extension_moves_the_closing_of_an_open_window() {
        start();
        moveTo(LocalDate.of(YEAR, 1, 10));

        calendar.windows.get(Stage.USULAN)[1] = LocalDate.of(YEAR, 1, 22);
        runtimeService().createMessageCorrelation(MESSAGE_EXTENDED_PREFIX + Stage.USULAN.name())
                .processInstanceBusinessKey(businessKey(PLANNING_YEAR)).correlateAll();
        moveTo(LocalDate.of(YEAR, 1, 16));
        assertThat(log).doesNotContain("DITUTUP USULAN");
        moveTo(LocalDate.of(YEAR, 1, 23));
        assertThat(log).containsOnlyOnce("DITUTUP USULAN");
    }

    @Test
    void an_extension_after_the_window_closed_opens_it_again_until_the_new_end() {
        start();
        moveTo(LocalDate.of(YEAR, 1, 16));
        assertThat(log).contains("DITUTUP USULAN");

        calendar.windows.get(Stage.USULAN)[1] = LocalDate.of(YEAR, 1, 20);
        runtimeService().createMessageCorrelation(MESSAGE_EXTENDED_PREFIX + Stage.USULAN.name())
                .processInstanceBusinessKey(businessKey(PLANNING_YEAR)).correlateAll();
        assertThat(log.stream().filter("DIBUKA USULAN"::equals)).hasSize(2);
        moveTo(LocalDate.of(YEAR, 1, 21));
        assertThat(log.stream().filter("DITUTUP USULAN"::equals)).hasSize(2);
    }

    @Test
    void the_end_of_the_season_stops_every_window() {
        ProcessInstance season = start();
        moveTo(LocalDate.of(YEAR, 2, 1));

        runtimeService().createMessageCorrelation(MESSAGE_SEASON_CLOSED)
                .processInstanceBusinessKey(businessKey(PLANNING_YEAR)).correlate();

        assertThat(season).isEnded().hasPassed(EVENT_SEASON_CLOSED);
        assertThat(managementService().createJobQuery().count()).isZero();
    }
}

package id.musrenflow.lks.process;

import static id.musrenflow.lks.process.PendaftaranLksProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import id.musrenflow.calendar.Holiday;
import id.musrenflow.calendar.HolidayKind;
import id.musrenflow.calendar.WorkingCalendar;
import id.musrenflow.lks.LksSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every path through processes/pendaftaran-lks.bpmn, its timers fired by moving the engine's clock. */
@Deployment(resources = {"processes/pendaftaran-lks.bpmn", "forms/form-verifikasi-lks.form",
        "forms/form-perbaikan-lks.form"})
class PendaftaranLksProcessTest {

    private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Monday 1 March 2027, 09.00 in Pekalongan */
    private static final Instant SUBMITTED = LocalDateTime.of(2027, 3, 1, 9, 0).atZone(JAKARTA).toInstant();
    /** A two-day holiday in the middle of the verification window (Wednesday and Thursday) */
    private static final WorkingCalendar CALENDAR = WorkingCalendar.of(List.of(
            Holiday.of(LocalDate.of(2027, 3, 10), "Hari raya uji", HolidayKind.LIBUR_NASIONAL),
            Holiday.of(LocalDate.of(2027, 3, 11), "Cuti bersama uji", HolidayKind.CUTI_BERSAMA)));
    /** 14 working days later, weekends and those two days skipped: Tuesday 23 March, end of the day */
    private static final Instant DUE = LocalDateTime.of(2027, 3, 23, 23, 59).atZone(JAKARTA).toInstant();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("process-test-engine.cfg.xml").build();

    private final RecordingRegistrationListener listener = new RecordingRegistrationListener();

    @BeforeEach
    void registerBeans() {
        ClockUtil.setCurrentTime(Date.from(SUBMITTED));
        LksSettings settings = new LksSettings(null, 14, Duration.ofDays(3), Duration.ZERO, Set.of("pemantau"), null,
                null);
        Mocks.register("ubahStatusPendaftaran", listener);
        Mocks.register("tenggatVerifikasiLks", new TenggatVerifikasiLks(Clock.fixed(SUBMITTED, JAKARTA), settings,
                CALENDAR));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance submitted() {
        Map<String, Object> vars = new HashMap<>();
        vars.put(Var.PERMOHONAN_ID, 7L);
        vars.put(Var.NOMOR, "TD-2027-0007");
        vars.put(Var.KODE_LKS, "LKS-HARAPAN-BANGSA");
        vars.put(Var.NAMA_LKS, "Panti Asuhan Harapan Bangsa");
        vars.put(Var.PENGAJU, "lks.harapan");
        return runtimeService().startProcessInstanceByKey(KEY, "TD-2027-0007", vars);
    }

    private static void decide(ProcessInstance pi, String decision, String reasonCode, String reason) {
        taskService().complete(task(TASK_VERIFIKASI, pi).getId(), Variables.createVariables()
                .putValue(Var.KEPUTUSAN, decision).putValue(Var.KODE_ALASAN, reasonCode).putValue(Var.ALASAN, reason)
                .putValueTyped(Var.PELAKU, Variables.stringValue("dinsos", true)));
    }

    private static Job timer(ProcessInstance pi, String activityId) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .singleResult();
    }

    private static List<Job> executableTimers(ProcessInstance pi) {
        return managementService().createJobQuery().processInstanceId(pi.getId()).timers().executable().list();
    }

    @Test
    void a_complete_application_is_registered_by_dinas_sosial_within_fourteen_working_days() {
        ProcessInstance pi = submitted();

        assertThat(pi).isWaitingAt(TASK_VERIFIKASI);
        assertThat(task(TASK_VERIFIKASI, pi)).hasCandidateGroup(GROUP_DINSOS);
        assertThat(task(TASK_VERIFIKASI, pi).getDueDate()).isEqualTo(Date.from(DUE));
        decide(pi, "LENGKAP_TERIMA", null, null);

        assertThat(pi).isWaitingAt(EVENT_TUNGGU_PERPANJANGAN);
        assertThat(listener.steps()).containsExactly("TERDAFTAR");
        assertThat(listener.actors()).containsExactly("dinsos");
        assertThat(timer(pi, EVENT_PENGINGAT)).isNull();
    }

    @Test
    void an_incomplete_application_goes_back_to_its_submitter_and_returns_to_dinas_sosial() {
        ProcessInstance pi = submitted();
        decide(pi, "TIDAK_LENGKAP", "DOKUMEN_TIDAK_LENGKAP", "NPWP atas nama yayasan belum ada");

        assertThat(pi).isWaitingAt(TASK_PERBAIKAN);
        assertThat(task(TASK_PERBAIKAN, pi)).isAssignedTo("lks.harapan");
        taskService().complete(task(TASK_PERBAIKAN, pi).getId(), Variables.createVariables()
                .putValue(Var.CATATAN, "NPWP yayasan sudah diunggah")
                .putValueTyped(Var.PELAKU, Variables.stringValue("lks.harapan", true)));

        assertThat(pi).isWaitingAt(TASK_VERIFIKASI);
        decide(pi, "LENGKAP_TERIMA", null, null);
        assertThat(listener.steps()).containsExactly("PERLU_PERBAIKAN", "DIAJUKAN_ULANG", "TERDAFTAR");
        assertThat(listener.actors()).containsExactly("dinsos", "lks.harapan", "dinsos");
    }

    @Test
    void a_rejected_application_ends_with_its_reason() {
        ProcessInstance pi = submitted();
        decide(pi, "TOLAK", "BUKAN_LKS", "Lembaga ini adalah usaha dagang, bukan LKS");

        assertThat(pi).isEnded().hasPassed(EVENT_DITOLAK);
        assertThat(listener.steps()).containsExactly("DITOLAK");
    }

    @Test
    void the_verifiers_are_reminded_three_days_before_the_due_date_and_the_task_stays() {
        ProcessInstance pi = submitted();
        Job reminder = timer(pi, EVENT_PENGINGAT);
        assertThat(reminder.getDuedate()).isEqualTo(Date.from(DUE.minus(Duration.ofDays(3))));

        ClockUtil.setCurrentTime(Date.from(DUE.minus(Duration.ofDays(3)).plusSeconds(60)));
        assertThat(executableTimers(pi)).extracting(Job::getId).containsExactly(reminder.getId());
        execute(reminder);

        assertThat(listener.steps()).containsExactly("PENGINGAT");
        assertThat(pi).isWaitingAt(TASK_VERIFIKASI).hasPassed(TASK_KIRIM_PENGINGAT);
    }

    @Test
    void an_overdue_verification_is_escalated_and_still_decided_afterwards() {
        ProcessInstance pi = submitted();
        ClockUtil.setCurrentTime(Date.from(DUE.plusSeconds(60)));
        assertThat(executableTimers(pi)).hasSize(2);
        execute(timer(pi, EVENT_BATAS_LEWAT));

        assertThat(listener.steps()).containsExactly("ESKALASI");
        assertThat(pi).isWaitingAt(TASK_VERIFIKASI).hasPassed(TASK_ESKALASI);
        decide(pi, "TOLAK", "DOKUMEN_TIDAK_SAH", "Akta pendirian tidak terbaca");
        assertThat(pi).isEnded();
    }

    @Test
    void the_officers_are_reminded_to_renew_before_the_registration_expires() {
        ProcessInstance pi = submitted();
        decide(pi, "LENGKAP_TERIMA", null, null);
        Job renewal = timer(pi, EVENT_TUNGGU_PERPANJANGAN);
        assertThat(renewal.getDuedate()).isEqualTo(RecordingRegistrationListener.WAKTU_PENGINGAT_PERPANJANGAN);
        assertThat(executableTimers(pi)).isEmpty();

        ClockUtil.setCurrentTime(RecordingRegistrationListener.WAKTU_PENGINGAT_PERPANJANGAN);
        execute(renewal);

        assertThat(pi).isWaitingAt(EVENT_BERAKHIR).hasPassed(TASK_PENGINGAT_PERPANJANGAN);
        assertThat(listener.steps()).containsExactly("TERDAFTAR", "PENGINGAT_PERPANJANGAN 2032-03-01");
    }

    @Test
    void the_registration_becomes_kedaluwarsa_when_its_validity_has_passed() {
        ProcessInstance pi = submitted();
        decide(pi, "LENGKAP_TERIMA", null, null);
        ClockUtil.setCurrentTime(RecordingRegistrationListener.WAKTU_PENGINGAT_PERPANJANGAN);
        execute(timer(pi, EVENT_TUNGGU_PERPANJANGAN));

        Job expiry = timer(pi, EVENT_BERAKHIR);
        assertThat(expiry.getDuedate()).isEqualTo(RecordingRegistrationListener.WAKTU_BERAKHIR);
        assertThat(executableTimers(pi)).isEmpty();
        ClockUtil.setCurrentTime(RecordingRegistrationListener.WAKTU_BERAKHIR);
        assertThat(executableTimers(pi)).extracting(Job::getId).containsExactly(expiry.getId());
        execute(expiry);

        assertThat(pi).isEnded().hasPassed(TASK_KEDALUWARSA, EVENT_KEDALUWARSA);
        assertThat(listener.steps()).endsWith("KEDALUWARSA 2032-03-01");
    }
}

package id.musrenflow.danakelurahan;

import id.musrenflow.TestTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.NewUser;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserService;
import id.musrenflow.notification.Notification;
import id.musrenflow.notification.NotificationService;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.StatusChange;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import id.musrenflow.workflow.forms.Option;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Execution of dana kelurahan activities on PostgreSQL through the real inbox and engine: the Camat's approval
 * creates the activities, a Pokmas prepares and carries one out over three stages to a closed activity whose
 * usulan is SELESAI; a penyedia's contract; refusals of bad input and outside the territory.
 */
class ExecutionIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final int YEAR = TestTime.PLANNING_YEAR;
    private static final String POKMAS_CODE = "POKMAS-MEDONO-MAJU";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n".getBytes();
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0};

    @Autowired
    private id.musrenflow.MutableClock clock;
    @Autowired
    private ExecutionService execution;
    @Autowired
    private ActivityLifecycle lifecycle;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private UserService userService;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private BudgetBoardService boards;
    @Autowired
    private MessageSource messages;
    @Autowired
    private org.springframework.context.ApplicationContext context;

    /** Number of the drainage activity of the plan approved in {@link #approvedPlan()}. */
    private String drainageNumber;
    private List<ProposalSummary> usulanOfTest;
    @Autowired
    private ManagementService management;
    @Autowired
    private NotificationService notifications;

    private ExecutionFixtures fixtures;

    @BeforeEach
    void clearMedonoPlan() {
        fixtures = new ExecutionFixtures(context);
        fixtures.clear();
    }

    private AuthenticatedUser user(String username) {
        return fixtures.user(username);
    }

    @Test
    void a_pokmas_carries_an_approved_activity_through_three_stages_to_closing_and_the_usulan_ends_selesai() {
        List<ProposalSummary> usulan = approvedPlan();
        List<ActivityDetail> activities = execution.activities(user("lurah.medono")).stream()
                .filter(a -> a.year() == YEAR && a.kelurahanCode().equals(MEDONO)).toList();
        assertThat(activities).hasSize(2).allMatch(a -> a.status() == ActivityStatus.DIANGGARKAN);
        assertThat(activities).extracting(ActivityDetail::number)
                .allMatch(n -> n.matches("KEG-" + YEAR + "-3375011002-\\d{3}"));
        ActivityDetail drainage = activities.stream().filter(a -> usulan.get(0).id() == a.proposalId()).findFirst()
                .orElseThrow();
        assertThat(drainage.stages()).extracting(ReleaseStage::percent).containsExactly(40, 30, 30);
        assertThat(drainage.stages().stream().map(ReleaseStage::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(drainage.budget());
        for (ProposalSummary u : usulan) {
            assertThat(proposals.find(u.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIANGGARKAN);
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(drainage.number()).count()).isOne();
        assertThat(execution.figures(YEAR, MEDONO)).extracting(ActivityFigures::status)
                .containsOnly(ActivityStatus.DIANGGARKAN);
        long id = drainage.id();

        // the Lurah designates the Pokmas; the decision table answers swakelola tipe IV for physical work ≤ 200 jt
        InboxTask designation = taskOf("lurah.medono", drainage.number());
        assertThat(designation.formRef()).isEqualTo(PelaksanaanKegiatanProcess.FORM_PELAKSANA);
        assertThat(execution.pokmasOf(MEDONO)).contains(POKMAS_CODE);
        var options = Map.of("daftarPokmas", execution.pokmasOf(MEDONO).stream().map(c -> new Option(c, c)).toList());
        assertThatThrownBy(() -> inbox.complete(designation.id(), user("lurah.medono"),
                Map.of("kodePokmas", "POKMAS-TIDAK-ADA", "pokmasMampu", true), options))
                .extracting("messageKey").isEqualTo("tugas.error.isian-tidak-sah");
        assertThatThrownBy(() -> lifecycle.decideMode(id, "POKMAS-TIDAK-ADA", true, false, false, "lurah.medono"))
                .extracting("messageKey").isEqualTo("kegiatan.error.pokmas-tidak-dikenal");
        assertThatThrownBy(() -> lifecycle.decideMode(id, null, true, false, false, "lurah.medono"))
                .extracting("messageKey").isEqualTo("kegiatan.error.pokmas-wajib");
        inbox.complete(designation.id(), user("lurah.medono"), Map.of("kodePokmas", POKMAS_CODE, "pokmasMampu", true),
                options);
        ActivityDetail prepared = execution.activity(id, user("pokmas.medono"));
        assertThat(prepared.mode()).isEqualTo(ImplementationMode.SWAKELOLA_TIPE_IV);
        assertThat(prepared.contractForm()).isNull();
        assertThat(prepared.modeReason()).contains("Pokmas");
        assertThat(prepared.status()).isEqualTo(ActivityStatus.SWAKELOLA_PERSIAPAN);

        // territory: another kelurahan's Lurah, another Pokmas, another kecamatan's Camat see nothing and do nothing
        AuthenticatedUser otherPokmas = newUser(PositionType.POKMAS, MEDONO, unique("POKMAS-LAIN").replace('.', '-'));
        AuthenticatedUser otherCamat = camatOf("33.75.02");
        for (AuthenticatedUser outsider : List.of(user("lurah.podosugih"), otherPokmas, otherCamat)) {
            assertThatThrownBy(() -> execution.activity(id, outsider)).extracting("messageKey")
                    .isEqualTo("kegiatan.error.bukan-untuk-anda");
            assertThat(execution.activities(outsider)).noneMatch(a -> a.id() == id);
        }
        assertThatThrownBy(() -> execution.recordPreparation(id, teams(), pdf("proposal.pdf"), pdf("rab.pdf"), otherPokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.bukan-untuk-anda");
        assertThat(execution.activities(user("camat.barat"))).anyMatch(a -> a.id() == id);
        assertThat(execution.activities(user("pemantau"))).anyMatch(a -> a.id() == id);
        assertThat(execution.activities(user("bappeda"))).anyMatch(a -> a.id() == id);
        assertThatThrownBy(() -> execution.recordPreparation(id, teams(), pdf("p.pdf"), pdf("r.pdf"), user("pemantau")))
                .extracting("messageKey").isEqualTo("kegiatan.error.bukan-pelaksana");
        assertThat(execution.activities(user("pokmas.medono"))).extracting(ActivityDetail::id).containsExactly(id);

        // the Pokmas's preparation: three teams, proposal and RAB judged by their bytes; returned once, then accepted
        AuthenticatedUser pokmas = user("pokmas.medono");
        assertThatThrownBy(() -> execution.recordPreparation(id, teams().subList(0, 2), pdf("p.pdf"), pdf("r.pdf"), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.tim-lengkap");
        assertThatThrownBy(() -> execution.recordPreparation(id, teams(), new UploadedFile("proposal.pdf", EXE),
                pdf("rab.pdf"), pokmas)).extracting("messageKey").isEqualTo("kegiatan.error.berkas-tipe");
        assertThatThrownBy(() -> execution.recordPreparation(id, teams(), null, pdf("rab.pdf"), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.berkas-kosong");
        execution.recordPreparation(id, teams(), pdf("proposal.pdf"), pdf("rab.pdf"), pokmas);
        inbox.complete(taskOf("staf.medono", drainage.number()).id(), user("staf.medono"),
                Map.of("keputusan", "REVISI", "alasan", "Tim pengawas perlu dua orang"), Map.of());
        execution.recordPreparation(id, teams(), null, null, pokmas);
        inbox.complete(taskOf("staf.medono", drainage.number()).id(), user("staf.medono"), Map.of("keputusan", "TERIMA"),
                Map.of());

        // stage 1: the Lurah releases; stage 2 cannot be released before the LPJ of stage 1 is verified
        assertThatThrownBy(() -> execution.report(id, 10, 0, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.laporan-tidak-diterima");
        release("Tahap pertama");
        assertThat(execution.activity(id, pokmas).status()).isEqualTo(ActivityStatus.PELAKSANAAN);
        assertThat(proposals.find(usulan.get(0).id()).orElseThrow().status()).isEqualTo(ProposalStatus.DALAM_PELAKSANAAN);
        assertThatThrownBy(() -> lifecycle.release(id, 2, "lurah.medono", null))
                .extracting("messageKey").isEqualTo("kegiatan.error.lpj-belum-diverifikasi");
        assertThatThrownBy(() -> lifecycle.release(id, 1, "lurah.medono", null))
                .extracting("messageKey").isEqualTo("kegiatan.error.tahap-sudah-dicairkan");

        // a month without a report reminds the Pokmas, two more weeks tell the Lurah and the Camat (engine clock)
        overdue(Duration.ofDays(32));
        assertThat(notices(pokmas)).contains("kegiatan.notifikasi.pengingat-laporan");
        assertThat(notices(user("camat.barat"))).doesNotContain("kegiatan.notifikasi.eskalasi-laporan");
        overdue(Duration.ofDays(32 + 15));
        assertThat(notices(user("camat.barat"))).contains("kegiatan.notifikasi.eskalasi-laporan");
        assertThat(notices(user("lurah.medono"))).contains("kegiatan.notifikasi.eskalasi-laporan");
        assertThat(notices(otherPokmas)).isEmpty();

        // progress reports: bad figures refused, a good one kept with its tagged photos
        assertThatThrownBy(() -> execution.report(id, 101, 0, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.fisik-rentang");
        assertThatThrownBy(() -> execution.report(id, -1, 0, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.fisik-rentang");
        assertThatThrownBy(() -> execution.report(id, 10, 101, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.keuangan-rentang");
        assertThatThrownBy(() -> execution.report(id, 10, 60, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.keuangan-melebihi-pencairan");
        assertThatThrownBy(() -> execution.report(id, 10, 10, null, List.of(new TaggedPhoto(0,
                new UploadedFile("foto.jpg", PDF))), pokmas)).extracting("messageKey").isEqualTo("kegiatan.error.berkas-tipe");
        assertThatThrownBy(() -> execution.report(id, 100, 10, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.foto-100-wajib");
        assertThatThrownBy(() -> execution.report(id, 30, 30, null, List.of(), otherPokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.bukan-untuk-anda");
        assertThatThrownBy(() -> execution.report(id, 30, 30, null, List.of(), user("staf.medono")))
                .extracting("messageKey").isEqualTo("kegiatan.error.bukan-pelaksana");
        execution.report(id, 30, 30, "Galian saluran selesai", List.of(photo(0), photo(50)), pokmas);
        assertThatThrownBy(() -> execution.report(id, 20, 30, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.fisik-mundur");
        assertThatThrownBy(() -> execution.report(id, 40, 20, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.keuangan-mundur");

        // LPJ of stage 1: more than released refused; returned once for revision, then verified
        BigDecimal stage1 = execution.activity(id, pokmas).stages().get(0).released();
        assertThatThrownBy(() -> execution.submitLpj(id, stage1.add(BigDecimal.ONE), pdf("lpj.pdf"), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.realisasi-melebihi");
        assertThatThrownBy(() -> execution.submitLpj(id, new BigDecimal("-5"), pdf("lpj.pdf"), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.realisasi");
        execution.submitLpj(id, stage1, pdf("lpj-1.pdf"), pokmas);
        assertThat(execution.activity(id, pokmas).status()).isEqualTo(ActivityStatus.LPJ_DIAJUKAN);
        verifyLpj("REVISI");
        assertThat(execution.activity(id, pokmas).status()).isEqualTo(ActivityStatus.LPJ_REVISI);
        assertThat(execution.activity(id, pokmas).stages().get(0).revisionReason()).isEqualTo("Kuitansi semen belum ada");
        execution.submitLpj(id, stage1.subtract(BigDecimal.valueOf(1000)), pdf("lpj-1b.pdf"), pokmas);
        verifyLpj("DIVERIFIKASI");

        // stages 2 and 3, physical 100 % with its photo, handover and closing
        release(null);
        execution.report(id, 70, 70, null, List.of(photo(50)), pokmas);
        execution.submitLpj(id, execution.activity(id, pokmas).stages().get(1).released(), pdf("lpj-2.pdf"), pokmas);
        verifyLpj("DIVERIFIKASI");
        release(null);
        execution.report(id, 100, 100, "Saluran selesai dan berfungsi", List.of(photo(100)), pokmas);
        assertThat(execution.activity(id, pokmas).status()).isEqualTo(ActivityStatus.SELESAI_FISIK);
        execution.submitLpj(id, execution.activity(id, pokmas).stages().get(2).released(), pdf("lpj-3.pdf"), pokmas);
        verifyLpj("DIVERIFIKASI");
        assertThatThrownBy(() -> execution.handover(id, new UploadedFile("bast.pdf", EXE), null, user("staf.medono")))
                .extracting("messageKey").isEqualTo("kegiatan.error.berkas-tipe");
        execution.handover(id, pdf("bast.pdf"), "Diserahkan kepada warga RW 002", user("staf.medono"));
        inbox.complete(taskOf("lurah.medono", drainage.number()).id(), user("lurah.medono"),
                Map.of("catatan", "Kegiatan tuntas"), Map.of());

        ActivityDetail closed = execution.activity(id, user("lurah.medono"));
        assertThat(closed.status()).isEqualTo(ActivityStatus.DITUTUP);
        assertThat(closed.released()).isEqualByComparingTo(closed.budget());
        assertThat(closed.realised()).isEqualByComparingTo(closed.budget().subtract(BigDecimal.valueOf(1000)));
        assertThat(closed.reports()).hasSize(3);
        assertThat(closed.reports().get(0).photos()).extracting(ActivityDocument::tag).containsExactly(0, 50);
        assertThat(proposals.find(usulan.get(0).id()).orElseThrow().status()).isEqualTo(ProposalStatus.SELESAI);
        assertThat(proposals.history(usulan.get(0).id())).extracting(StatusChange::to)
                .endsWith(ProposalStatus.DIANGGARKAN, ProposalStatus.DALAM_PELAKSANAAN, ProposalStatus.SELESAI);
        assertThatThrownBy(() -> execution.report(id, 100, 100, null, List.of(), pokmas))
                .extracting("messageKey").isEqualTo("kegiatan.error.ditutup");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(drainage.number()).count()).isZero();

        List<ActivityStatusChange> history = execution.history(id, user("camat.barat"));
        assertThat(history).extracting(ActivityStatusChange::to).containsSubsequence(ActivityStatus.DIANGGARKAN,
                ActivityStatus.SWAKELOLA_PERSIAPAN, ActivityStatus.PELAKSANAAN, ActivityStatus.LPJ_DIAJUKAN,
                ActivityStatus.LPJ_REVISI, ActivityStatus.LPJ_DIAJUKAN, ActivityStatus.LPJ_DIVERIFIKASI,
                ActivityStatus.PELAKSANAAN, ActivityStatus.SELESAI_FISIK, ActivityStatus.LPJ_DIAJUKAN,
                ActivityStatus.LPJ_DIVERIFIKASI, ActivityStatus.DITUTUP);
        assertThat(history.get(0).actor()).isEqualTo("camat.barat");
        assertThat(history.get(0).position()).isEqualTo("camat:33.75.01");
        ActivityStatusChange returned = history.stream().filter(h -> h.to() == ActivityStatus.LPJ_REVISI).findFirst()
                .orElseThrow();
        assertThat(returned.actor()).isEqualTo("staf.medono");
        assertThat(returned.position()).isEqualTo("staf-kelurahan:" + MEDONO);
        assertThat(returned.from()).isEqualTo(ActivityStatus.LPJ_DIAJUKAN);
        assertThat(returned.reason()).isEqualTo("Kuitansi semen belum ada");
        assertThat(history).anyMatch(h -> "PERSIAPAN_REVISI".equals(h.reasonCode())
                && "Tim pengawas perlu dua orang".equals(h.reason()));
        assertThat(history.get(history.size() - 1).actor()).isEqualTo("lurah.medono");
        assertThat(history).filteredOn(h -> h.to() == ActivityStatus.LPJ_DIVERIFIKASI && h.from() != h.to())
                .extracting(ActivityStatusChange::note).hasSize(3).containsOnlyNulls();
        assertThat(history).anyMatch(h -> "Serah terima (BAST): Diserahkan kepada warga RW 002".equals(h.note())
                && h.actor().equals("staf.medono"));
        assertThat(history).anyMatch(h -> h.to() == ActivityStatus.PELAKSANAAN && h.note().contains("Tahap pertama"));
        assertThat(history.get(history.size() - 1).note()).isEqualTo("Kegiatan tuntas");
        ActivityFigures figures = execution.figures(YEAR, MEDONO).stream().filter(f -> f.activityId() == id).findFirst()
                .orElseThrow();
        assertThat(figures.status()).isEqualTo(ActivityStatus.DITUTUP);
        assertThat(figures.realised()).isEqualByComparingTo(closed.realised());
        assertThat(figures.proposalId()).isEqualTo(usulan.get(0).id());

        // the budget board and its realisation workbook carry the closed activity's money (the other is untouched)
        KelurahanBoard board = boards.board(YEAR, MEDONO, user("camat.barat"));
        assertThat(board.totals().released()).isEqualByComparingTo(closed.released());
        assertThat(board.totals().realised()).isEqualByComparingTo(closed.realised());
        byte[] workbook = DanaKelurahanExcel.realisation(board, "31 Desember 2027",
                (key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("id")));
        try (Workbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Row row = StreamSupport.stream(read.getSheet("Realisasi").spliterator(), false)
                    .filter(r -> r.getCell(2) != null && closed.description().equals(r.getCell(2).getStringCellValue()))
                    .findFirst().orElseThrow();
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Swakelola tipe IV (Pokmas)");
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(closed.budget().doubleValue());
            assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(closed.released().doubleValue());
            assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(closed.realised().doubleValue());
            assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(100);
            assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1000);
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo("Ditutup");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_penyedia_contract_is_checked_for_value_npwp_and_date_order() {
        List<ProposalSummary> usulan = approvedPlan();
        ActivityDetail small = execution.activities(user("staf.medono")).stream()
                .filter(a -> a.year() == YEAR && usulan.get(1).id() == a.proposalId()).findFirst().orElseThrow();
        inbox.complete(taskOf("lurah.medono", small.number()).id(), user("lurah.medono"), Map.of(), Map.of());
        ActivityDetail procured = execution.activity(small.id(), user("staf.medono"));
        assertThat(procured.mode()).isEqualTo(ImplementationMode.PENYEDIA);
        assertThat(procured.contractForm()).isEqualTo(ContractForm.BUKTI_PEMBELIAN);
        assertThat(procured.status()).isEqualTo(ActivityStatus.PENGADAAN);

        AuthenticatedUser staf = user("staf.medono");
        LocalDate day = TestTime.startDate();
        BigDecimal budget = procured.budget();
        assertThatThrownBy(() -> execution.recordContract(small.id(), contract("01.234.567.8-901.000", budget.add(BigDecimal.ONE),
                day, day.plusDays(1), day.plusDays(30)), null, staf)).extracting("messageKey")
                .isEqualTo("kegiatan.error.nilai-kontrak");
        assertThatThrownBy(() -> execution.recordContract(small.id(), contract("12345", budget, day, day.plusDays(1),
                day.plusDays(30)), null, staf)).extracting("messageKey").isEqualTo("kegiatan.error.npwp");
        assertThatThrownBy(() -> execution.recordContract(small.id(), contract("01.234.567.8-901.000", budget, day,
                day.plusDays(30), day.plusDays(2)), null, staf)).extracting("messageKey")
                .isEqualTo("kegiatan.error.urutan-tanggal");
        assertThatThrownBy(() -> execution.recordContract(small.id(), contract("01.234.567.8-901.000", budget, day,
                day.minusDays(1), day.plusDays(2)), null, staf)).extracting("messageKey")
                .isEqualTo("kegiatan.error.urutan-tanggal");
        LocalDate notYet = day.plusYears(4);
        assertThatThrownBy(() -> execution.recordContract(small.id(), contract("01.234.567.8-901.000", budget, notYet,
                notYet.plusDays(1), notYet.plusDays(30)), null, staf)).extracting("messageKey")
                .isEqualTo("kegiatan.error.tanggal-kontrak-belum-terjadi");
        assertThatThrownBy(() -> execution.recordContract(small.id(), contract("01.234.567.8-901.000", budget, day,
                day.plusDays(1), day.plusDays(30)), null, user("pokmas.medono"))).extracting("messageKey")
                .isEqualTo("kegiatan.error.bukan-untuk-anda");
        // completing the page-filled task from the inbox before the contract is recorded is refused
        assertThatThrownBy(() -> inbox.complete(taskOf("staf.medono", small.number()).id(), staf, Map.of(), Map.of()))
                .extracting("messageKey").isEqualTo("kegiatan.error.isi-di-halaman-kegiatan");
        execution.recordContract(small.id(), contract("01.234.567.8-901.000", budget, day, day.plusDays(1),
                day.plusDays(30)), pdf("kontrak.pdf"), staf);
        ActivityDetail contracted = execution.activity(small.id(), staf);
        assertThat(contracted.contract().npwp()).isEqualTo("012345678901000");
        assertThat(contracted.contract().form()).isEqualTo(ContractForm.BUKTI_PEMBELIAN);
        assertThat(taskOf("lurah.medono", small.number()).definitionKey()).isEqualTo(PelaksanaanKegiatanProcess.TASK_PENCAIRAN);
    }

    /** Sets the engine clock this far after now, past the report watch's timer, and fires it as the job executor would. */
    private void overdue(Duration by) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(drainageNumber).singleResult()
                .getId();
        Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
        ClockUtil.setCurrentTime(Date.from(clock.instant().plus(by)));
        try {
            assertThat(timer.getDuedate()).isBefore(ClockUtil.getCurrentTime());
            management.executeJob(timer.getId());
        } finally {
            clock.syncEngine();
        }
    }

    private List<String> notices(AuthenticatedUser reader) {
        return notifications.unread(reader).stream().filter(n -> n.link().equals("kegiatan-kelurahan/"
                + fixtures.activityOf(usulanOfTest.get(0)).id())).map(Notification::messageKey).toList();
    }

    private static ProviderContract contract(String npwp, BigDecimal value, LocalDate date, LocalDate start, LocalDate end) {
        return new ProviderContract("CV Maju Jaya", npwp, "027/SPK/2027", null, date, value, start, end);
    }

    private void release(String note) {
        Map<String, Object> values = new HashMap<>();
        if (note != null) {
            values.put("catatan", note);
        }
        InboxTask task = inbox.inbox(user("lurah.medono")).stream()
                .filter(t -> PelaksanaanKegiatanProcess.TASK_PENCAIRAN.equals(t.definitionKey())
                        && drainageNumber.equals(t.businessKey())).findFirst().orElseThrow();
        inbox.complete(task.id(), user("lurah.medono"), values, Map.of());
    }


    private void verifyLpj(String verdict) {
        InboxTask task = taskOf("staf.medono", drainageNumber);
        assertThat(task.definitionKey()).isEqualTo(PelaksanaanKegiatanProcess.TASK_VERIFIKASI_LPJ);
        inbox.complete(task.id(), user("staf.medono"), "REVISI".equals(verdict)
                ? Map.of("keputusan", "REVISI", "alasan", "Kuitansi semen belum ada") : Map.of("keputusan", verdict),
                Map.of());
    }

    private static List<TeamMember> teams() {
        return List.of(new TeamMember(Team.PERSIAPAN, "Sutrisno", "Ketua"), new TeamMember(Team.PELAKSANA, "Rahmat", "Mandor"),
                new TeamMember(Team.PENGAWAS, "Wahyuni", "Pengawas"));
    }

    private static UploadedFile pdf(String name) {
        return new UploadedFile(name, PDF);
    }

    private static TaggedPhoto photo(int tag) {
        return new TaggedPhoto(tag, new UploadedFile("foto-" + tag + ".jpg", JPEG));
    }

    private InboxTask taskOf(String username, String businessKey) {
        return fixtures.taskOf(username, businessKey);
    }

    private List<ProposalSummary> approvedPlan() {
        List<ProposalSummary> usulan = fixtures.approvedPlan(unique("u"));
        drainageNumber = fixtures.activityOf(usulan.get(0)).number();
        usulanOfTest = usulan;
        return usulan;
    }

    private AuthenticatedUser newUser(PositionType type, String territory, String organisation) {
        String username = unique(type.groupPrefix());
        var account = userService.createUser(new NewUser(username, "Pengguna Uji", username + "@uji.id", null,
                "rahasia-uji-123"), "test");
        userService.addPosition(account.id(), new NewPosition(type, territory, organisation, PositionStatus.DEFINITIF,
                userService.today().minusDays(1), null, null), "test");
        return user(username);
    }

    /** A Camat of another kecamatan (one holder per kecamatan: an earlier run's is taken again). */
    private AuthenticatedUser camatOf(String kecamatan) {
        var holder = jdbc.sql("select p.username from jabatan j join pengguna p on p.id = j.pengguna_id "
                        + "where j.jenis = 'CAMAT' and j.wilayah_kode = ? and (j.selesai is null or j.selesai >= ?) "
                        + "order by j.id limit 1")
                .params(kecamatan, java.sql.Date.valueOf(userService.today())).query(String.class).optional();
        return holder.map(this::user).orElseGet(() -> newUser(PositionType.CAMAT, kecamatan, null));
    }
}

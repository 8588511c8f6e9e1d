package id.musrenflow.proposal;

import id.musrenflow.TestTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;
import id.musrenflow.season.Stage;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Forums decide lists on PostgreSQL: every usulan moves on by message in one transaction, or none does. The database
 * is shared with other tests, so each test first lets the forum decide whatever an earlier run left waiting.
 */
class ForumIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final String BARAT = "33.75.01";
    private static final String REASON = "Sudah diusulkan tahun lalu dan belum terealisasi";

    @Autowired
    private ForumService forums;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private RuntimeService runtime;
    @Autowired
    private AuditTrail audit;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private id.musrenflow.MutableClock clock;
    @Autowired
    private id.musrenflow.season.SeasonService seasons;
    @Autowired
    private org.springframework.context.MessageSource messages;

    @BeforeEach
    void forumsStartEmpty() {
        ForumAgendas.clearMedonoAndPekalonganBarat(forums);
    }

    @Test
    void the_kelurahan_forum_decides_its_whole_list_in_one_confirmation() {
        ProposalSummary fund = atKelurahanForum("PMT posyandu RT 003");
        ProposalSummary forward = atKelurahanForum("Alat posyandu RW 002");
        ProposalSummary both = atKelurahanForum("PMT ibu hamil");
        ProposalSummary rejected = atKelurahanForum("PMT lansia");

        List<ForumItem> agenda = forums.agenda(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, "lurah.medono");
        assertThat(agenda).extracting(ForumItem::number)
                .containsExactlyInAnyOrder(fund.number(), forward.number(), both.number(), rejected.number());
        assertThat(agenda).allSatisfy(item -> {
            assertThat(item.opdCode()).isEqualTo("DINKES");
            assertThat(item.cost()).isEqualByComparingTo("5000000");
            assertThat(item.rtCodes()).containsExactly(MEDONO + ".002.003");
            assertThat(item.kelurahanName()).isEqualTo("Medono");
        });

        ForumSummary summary = forums.confirm(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, List.of(
                ForumDecision.agreed(fund.number(), ForumOutcome.DANA_KELURAHAN, 2),
                ForumDecision.agreed(forward.number(), ForumOutcome.KECAMATAN, 1),
                ForumDecision.agreed(both.number(), ForumOutcome.KEDUANYA, 3),
                ForumDecision.notAgreed(rejected.number(), ReasonCode.SUDAH_DIUSULKAN, REASON)), "lurah.medono");

        assertThat(summary.numbers(ForumOutcome.DANA_KELURAHAN)).containsExactly(fund.number());
        assertThat(summary.numbers(ForumOutcome.KECAMATAN)).containsExactly(forward.number());
        assertThat(summary.numbers(ForumOutcome.KEDUANYA)).containsExactly(both.number());
        assertThat(summary.numbers(ForumOutcome.TIDAK_DISEPAKATI)).containsExactly(rejected.number());
        assertThat(summary.agreedCount()).isEqualTo(3);
        assertThat(summary.agreedCost()).isEqualByComparingTo("15000000");
        assertThat(summary.kelurahanFundCost()).isEqualByComparingTo("10000000");

        assertThat(statusOf(fund)).isEqualTo(ProposalStatus.DIDANAI_DANA_KELURAHAN);
        assertThat(statusOf(forward)).isEqualTo(ProposalStatus.DITERUSKAN_KECAMATAN);
        assertThat(statusOf(both)).isEqualTo(ProposalStatus.DITERUSKAN_KECAMATAN);
        assertThat(statusOf(rejected)).isEqualTo(ProposalStatus.TIDAK_DISEPAKATI_MUSRENBANGKEL);
        assertThat(lastStatuses(both, 3)).containsExactly(ProposalStatus.DISEPAKATI_MUSRENBANGKEL,
                ProposalStatus.DIDANAI_DANA_KELURAHAN, ProposalStatus.DITERUSKAN_KECAMATAN);
        StatusChange notAgreed = last(proposals.history(rejected.id()));
        assertThat(notAgreed.actor()).isEqualTo("lurah.medono");
        assertThat(notAgreed.position()).isEqualTo("lurah:" + MEDONO);
        assertThat(notAgreed.reasonCode()).isEqualTo("SUDAH_DIUSULKAN");
        assertThat(notAgreed.reason()).isEqualTo(REASON);
        StatusChange agreed = last(proposals.history(fund.id()));
        assertThat(agreed.actor()).isEqualTo("lurah.medono");
        assertThat(agreed.reasonCode()).isNull();
        assertThat(agreed.reason()).isNull();

        assertThat(rankAndFund(fund)).containsExactly(2, true);
        assertThat(rankAndFund(forward)).containsExactly(1, false);
        assertThat(rankAndFund(both)).containsExactly(3, true);
        assertThat(rankAndFund(rejected)).containsExactly(null, false);
        assertThat(audit.of("USULAN", both.number())).last().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("lurah.medono");
            assertThat(entry.action()).isEqualTo("FORUM_KELURAHAN");
            assertThat(entry.detail()).contains("KEDUANYA", "-> 3");
        });

        List<String> fieldChecks = inbox.inbox(user("staf.barat")).stream().map(InboxTask::businessKey).toList();
        assertThat(fieldChecks).contains(forward.number(), both.number()).doesNotContain(fund.number(), rejected.number());
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(fund.number()).count()).isZero();
        assertThat(forums.agenda(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, "lurah.medono")).isEmpty();
    }

    @Test
    void the_kecamatan_forum_sends_agreed_usulan_to_their_opd() {
        ProposalSummary agreed = atKecamatanForum("PMT balita kecamatan");
        ProposalSummary rejected = atKecamatanForum("Alat posyandu kecamatan");

        List<ForumItem> agenda = forums.agenda(ForumLevel.KECAMATAN, BARAT, null, "staf.barat");
        assertThat(agenda).extracting(ForumItem::number).containsExactlyInAnyOrder(agreed.number(), rejected.number());
        assertThat(agenda).allSatisfy(item -> assertThat(item.previousRank()).isNotNull());
        assertThatThrownBy(() -> forums.agenda(ForumLevel.KECAMATAN, BARAT, null, "lurah.medono"))
                .extracting("messageKey").isEqualTo("forum.error.bukan-operator");
        assertThatThrownBy(() -> forums.confirm(ForumLevel.KECAMATAN, BARAT, null, List.of(
                ForumDecision.agreed(agreed.number(), ForumOutcome.KECAMATAN, 1),
                ForumDecision.notAgreed(rejected.number(), ReasonCode.MELEBIHI_PAGU, REASON)), "camat.barat"))
                .extracting("messageKey").isEqualTo("forum.error.keputusan-tidak-sah");

        ForumSummary summary = forums.confirm(ForumLevel.KECAMATAN, BARAT, null, List.of(
                ForumDecision.agreed(agreed.number(), ForumOutcome.DISEPAKATI, 1),
                ForumDecision.notAgreed(rejected.number(), ReasonCode.MELEBIHI_PAGU, REASON)), "camat.barat");

        assertThat(summary.numbers(ForumOutcome.DISEPAKATI)).containsExactly(agreed.number());
        assertThat(summary.numbers(ForumOutcome.TIDAK_DISEPAKATI)).containsExactly(rejected.number());
        assertThat(statusOf(agreed)).isEqualTo(ProposalStatus.VERIFIKASI_OPD);
        assertThat(lastStatuses(agreed, 2)).containsExactly(ProposalStatus.DISEPAKATI_MUSRENBANGCAM,
                ProposalStatus.VERIFIKASI_OPD);
        assertThat(statusOf(rejected)).isEqualTo(ProposalStatus.DITOLAK_KECAMATAN);
        assertThat(last(proposals.history(rejected.id())).reasonCode()).isEqualTo("MELEBIHI_PAGU");
        assertThat(proposals.detail(agreed.id()).orElseThrow().rankKecamatan()).isEqualTo(1);
        assertThat(inbox.inbox(user("opd.dinkes"))).extracting(InboxTask::businessKey).contains(agreed.number())
                .doesNotContain(rejected.number());
    }

    @Test
    void bad_lists_and_the_wrong_people_are_refused_and_nothing_moves() {
        ProposalSummary first = atKelurahanForum("PMT balita RT 001");
        ProposalSummary second = atKelurahanForum("PMT balita RT 002");

        assertRefused("lurah.medono", "forum.error.peringkat-ganda",
                ForumDecision.agreed(first.number(), ForumOutcome.KECAMATAN, 1),
                ForumDecision.agreed(second.number(), ForumOutcome.DANA_KELURAHAN, 1));
        assertRefused("lurah.medono", "forum.error.peringkat-berurutan",
                ForumDecision.agreed(first.number(), ForumOutcome.KECAMATAN, 1),
                ForumDecision.agreed(second.number(), ForumOutcome.DANA_KELURAHAN, 3));
        assertRefused("staf.medono", "forum.error.alasan-wajib",
                ForumDecision.agreed(first.number(), ForumOutcome.KECAMATAN, 1),
                ForumDecision.notAgreed(second.number(), ReasonCode.DUPLIKAT, " "));
        assertRefused("lpm.medono", "forum.error.kode-alasan-wajib",
                ForumDecision.agreed(first.number(), ForumOutcome.KECAMATAN, 1),
                ForumDecision.notAgreed(second.number(), null, REASON));
        assertRefused("lpm.medono", "forum.error.html",
                ForumDecision.agreed(first.number(), ForumOutcome.KECAMATAN, 1),
                ForumDecision.notAgreed(second.number(), ReasonCode.DUPLIKAT, "<b>duplikat</b> dengan usulan lain"));
        assertRefused("lurah.medono", "forum.error.belum-diputuskan",
                ForumDecision.agreed(first.number(), ForumOutcome.KECAMATAN, 1));
        List<ForumDecision> valid = List.of(ForumDecision.agreed(first.number(), ForumOutcome.KECAMATAN, 1),
                ForumDecision.agreed(second.number(), ForumOutcome.KECAMATAN, 2));
        for (String stranger : List.of("lurah.podosugih", "rt003.medono", "camat.barat")) {
            assertThatThrownBy(() -> forums.confirm(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, valid, stranger))
                    .as(stranger).extracting("messageKey").isEqualTo("forum.error.bukan-operator");
        }
        assertThatThrownBy(() -> forums.agenda(ForumLevel.KELURAHAN, MEDONO, null, "lurah.podosugih"))
                .extracting("messageKey").isEqualTo("forum.error.bukan-operator");

        assertThat(statusOf(first)).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
        assertThat(statusOf(second)).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
        assertThat(forums.agenda(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, "lpm.medono")).extracting(ForumItem::number)
                .containsExactlyInAnyOrder(first.number(), second.number());
        assertThat(forums.forumsOf("lurah.medono")).containsExactly(new Forum(ForumLevel.KELURAHAN, MEDONO, "Medono"));
        assertThat(forums.forumsOf("rt003.medono")).isEmpty();
    }

    @Test
    void an_usulan_withdrawn_after_the_agenda_was_read_stops_the_whole_list() {
        ProposalSummary kept = atKelurahanForum("PMT balita tetap");
        ProposalSummary withdrawn = atKelurahanForum("PMT balita ditarik");
        List<ForumDecision> sheet = decideAll(forums.agenda(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, "lurah.medono"));
        int historyBefore = proposals.history(kept.id()).size();

        proposals.withdraw(withdrawn.id(), "rt003.medono", "Sudah dikerjakan swadaya warga");

        assertThatThrownBy(() -> forums.confirm(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, sheet, "lurah.medono"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("forum.error.tidak-menunggu");
                    assertThat(e.arguments()).containsExactly(withdrawn.number());
                });
        assertUntouched(kept, historyBefore);
    }

    @Test
    void a_correlation_failing_late_rolls_back_the_usulan_already_moved() {
        ProposalSummary first = atKelurahanForum("PMT balita pertama");
        ProposalSummary second = atKelurahanForum("PMT balita kedua");
        ProposalSummary frozen = atKelurahanForum("PMT balita dibekukan");
        List<ForumDecision> sheet = new ArrayList<>(decideAll(forums.agenda(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, "lurah.medono")));
        // the frozen one is decided last, so the others have already moved when its message finds no taker
        sheet.sort((a, b) -> Boolean.compare(a.number().equals(frozen.number()), b.number().equals(frozen.number())));
        int firstHistory = proposals.history(first.id()).size();
        int secondHistory = proposals.history(second.id()).size();
        // an administrator suspended the instance in Cockpit: it still waits at the forum event, but cannot move
        runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(instanceOf(frozen)).suspend();
        try {
            assertThatThrownBy(() -> forums.confirm(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, sheet, "lurah.medono"))
                    .isInstanceOfSatisfying(BusinessException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("forum.error.gagal-bergerak");
                        assertThat(e.arguments()).containsExactly(frozen.number());
                    });
            assertUntouched(first, firstHistory);
            assertUntouched(second, secondHistory);
            assertThat(audit.of("USULAN", first.number())).isEmpty();
        } finally {
            runtime.updateProcessInstanceSuspensionState().byProcessInstanceId(instanceOf(frozen)).activate();
        }
    }

    private void assertRefused(String actor, String messageKey, ForumDecision... decisions) {
        assertThatThrownBy(() -> forums.confirm(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, List.of(decisions), actor))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo(messageKey);
    }

    private void assertUntouched(ProposalSummary usulan, int historySize) {
        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
        assertThat(proposals.history(usulan.id())).hasSize(historySize);
        assertThat(rankAndFund(usulan)).containsExactly(null, false);
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(usulan.number())
                .activityId(UsulanMusrenbangProcess.EVENT_FORUM_KELURAHAN).count()).isEqualTo(1);
        assertThat(forums.agenda(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR, "lurah.medono")).extracting(ForumItem::number)
                .contains(usulan.number());
    }

    /** Agreed in agenda order, forwarded to the kecamatan. */
    private static List<ForumDecision> decideAll(List<ForumItem> agenda) {
        List<ForumDecision> sheet = new ArrayList<>();
        for (ForumItem item : agenda) {
            sheet.add(ForumDecision.agreed(item.number(), ForumOutcome.KECAMATAN, sheet.size() + 1));
        }
        return sheet;
    }


    @Test
    void a_forum_decision_outside_its_window_is_refused_naming_the_window_and_nothing_moves() {
        ProposalSummary usulan = atKelurahanForum("PMT balita di luar jendela");
        java.time.LocalDate lastDay = seasons.window(TestTime.PLANNING_YEAR, Stage.MUSRENBANG_KELURAHAN).end();
        java.time.Duration jump = clock.jumpTo(lastDay.plusDays(1).atTime(8, 0).atZone(TestTime.WIB).toInstant());
        try {
            assertThatThrownBy(() -> forums.confirm(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR,
                    List.of(ForumDecision.agreed(usulan.number(), ForumOutcome.KECAMATAN, 1)), "lurah.medono"))
                    .isInstanceOfSatisfying(BusinessException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("musim.error.jendela-sudah-ditutup");
                        assertThat(messages.getMessage(refused.messageKey(), refused.arguments(),
                                java.util.Locale.forLanguageTag("id-ID")))
                                .contains("Musrenbang kelurahan", "31 Desember " + TestTime.YEAR);
                    });
        } finally {
            clock.advance(jump.negated());
        }
        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
    }

    private ProposalSummary atKelurahanForum(String title) {
        long item = proposals.catalogue(TestTime.PLANNING_YEAR).stream().filter(c -> c.code().equals("POSYANDU-PMT")).findFirst()
                .orElseThrow().id();
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Posyandu Melati RW 002", null, null, ProposalKind.NON_FISIK,
                ProposalField.SOSIAL, item, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40,
                "balita", new BigDecimal("2"), "paket", null, null, null, null, null, null);
        ProposalSummary usulan = proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"),
                Map.of("keputusan", "SETUJUI", "peringkat", proposals.nextFreeRwRank(usulan.id())), Map.of());
        inbox.complete(taskOf("staf.medono", usulan).id(), user("staf.medono"), Map.of("keputusan", "TERIMA",
                "volumeSesuai", true, "lokasiSesuai", true, "bukanDuplikat", true), Map.of());
        assertThat(statusOf(usulan)).isEqualTo(ProposalStatus.TERVERIFIKASI_KELURAHAN);
        return usulan;
    }

    private ProposalSummary atKecamatanForum(String title) {
        ProposalSummary usulan = atKelurahanForum(title);
        forums.confirm(ForumLevel.KELURAHAN, MEDONO, TestTime.PLANNING_YEAR,
                List.of(ForumDecision.agreed(usulan.number(), ForumOutcome.KECAMATAN, 1)), "lurah.medono");
        inbox.complete(taskOf("staf.barat", usulan).id(), user("staf.barat"),
                Map.of("tanggalSurvei", TestTime.startDate().toString(), "keputusan", "LAYAK"), Map.of());
        return usulan;
    }

    private InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private ProposalStatus statusOf(ProposalSummary usulan) {
        return proposals.find(usulan.id()).orElseThrow().status();
    }

    private List<ProposalStatus> lastStatuses(ProposalSummary usulan, int count) {
        List<StatusChange> history = proposals.history(usulan.id());
        return history.subList(history.size() - count, history.size()).stream().map(StatusChange::to).toList();
    }

    private static StatusChange last(List<StatusChange> history) {
        return history.get(history.size() - 1);
    }

    private List<Object> rankAndFund(ProposalSummary usulan) {
        return jdbc.queryForObject("select peringkat_kelurahan, dana_kelurahan from usulan where id = ?",
                (rs, i) -> java.util.Arrays.asList(rs.getObject(1, Integer.class), rs.getBoolean(2)), usulan.id());
    }

    private String instanceOf(ProposalSummary usulan) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(usulan.number()).singleResult().getId();
    }
}

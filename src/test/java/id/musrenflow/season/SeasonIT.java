package id.musrenflow.season;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.TestTime;
import id.musrenflow.base.BusinessException;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.season.process.MusimPerencanaanProcess;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seasons on PostgreSQL: the demo season gives the planning year, the admin opens a later season from a template
 * (a bad calendar stores nothing), extends a window only with a reason, and submissions outside the usulan window
 * are refused with the window named. A season far after the demo's keeps these tests apart from the others.
 */
class SeasonIT extends PostgresIT {

    private static final int LATER = TestTime.PLANNING_YEAR + 7;
    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private SeasonService seasons;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private MutableClock clock;
    @Autowired
    private MessageSource messages;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RuntimeService runtime;

    /** The later season is this test's own: whatever an earlier run left of it goes first. */
    @BeforeEach
    void withoutTheLaterSeason() {
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(MusimPerencanaanProcess.businessKey(LATER)).list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "uji diulang"));
        jdbc.sql("delete from musim_perencanaan where tahun = ?").param(LATER).update();
        jdbc.sql("delete from jejak_audit where objek = 'MUSIM' and objek_id = ?").param(String.valueOf(LATER)).update();
    }

    private static List<WindowDraft> defaults(int planningYear) {
        return new ArrayList<>(Arrays.stream(Stage.values()).map(s -> s.defaultWindow(planningYear)).toList());
    }

    private String indonesian(BusinessException refused) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), Locale.forLanguageTag("id-ID"));
    }

    @Test
    void the_demo_season_gives_the_planning_year_and_its_usulan_window_is_open_today() {
        assertThat(seasons.planningYear()).isEqualTo(TestTime.PLANNING_YEAR);
        Season demo = seasons.current().orElseThrow();
        assertThat(demo.planningYear()).isEqualTo(TestTime.PLANNING_YEAR);
        assertThat(demo.window(Stage.USULAN).contains(TestTime.startDate())).isTrue();
        assertThat(demo.window(Stage.USULAN).extended()).isTrue();
        assertThat(seasons.now().orElseThrow().open()).extracting(SeasonWindow::stage).contains(Stage.USULAN);
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(MusimPerencanaanProcess.businessKey(TestTime.PLANNING_YEAR)).count())
                .isOne();
    }

    @Test
    void the_admin_opens_a_season_from_the_default_calendar_with_its_process_and_history() {
        List<WindowDraft> template = seasons.template(LATER);
        assertThat(template).isEqualTo(defaults(LATER));

        Season opened = seasons.open(LATER, template, "admin.bappeda");

        assertThat(opened.status()).isEqualTo(SeasonStatus.DIBUKA);
        assertThat(opened.windows()).extracting(SeasonWindow::start).containsExactlyElementsOf(
                template.stream().map(WindowDraft::start).toList());
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(MusimPerencanaanProcess.businessKey(LATER)).count()).isOne();
        assertThat(seasons.history(LATER)).extracting(e -> e.actor() + " " + e.action())
                .containsExactly("admin.bappeda MUSIM_DIBUKA");
        assertThat(seasons.template(LATER + 1)).extracting(WindowDraft::start)
                .containsExactlyElementsOf(template.stream().map(w -> w.start().plusYears(1)).toList());
        // a season opened early for a later year does not take over while this year's windows run
        assertThat(seasons.planningYear()).isEqualTo(TestTime.PLANNING_YEAR);
        assertThatThrownBy(() -> seasons.open(LATER, template, "admin.bappeda"))
                .extracting("messageKey").isEqualTo("musim.error.sudah-ada");
    }

    @Test
    void a_calendar_out_of_order_or_outside_its_year_is_refused_whole_and_nothing_is_stored() {
        List<WindowDraft> windows = defaults(LATER);
        windows.set(Stage.MUSRENBANG_KECAMATAN.ordinal(), new WindowDraft(Stage.MUSRENBANG_KECAMATAN,
                LocalDate.of(LATER - 1, 1, 3), LocalDate.of(LATER - 1, 2, 28)));
        windows.set(Stage.MUSRENBANG_KOTA.ordinal(), new WindowDraft(Stage.MUSRENBANG_KOTA,
                LocalDate.of(LATER - 1, 4, 1), LocalDate.of(LATER, 1, 10)));

        assertThatThrownBy(() -> seasons.open(LATER, windows, "admin.bappeda"))
                .isInstanceOfSatisfying(SeasonRejected.class, rejected -> {
                    assertThat(rejected.problems()).extracting(WindowProblem::stage, WindowProblem::messageKey)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(Stage.MUSRENBANG_KECAMATAN,
                                            "musim.error.mulai-sebelum-tahap-sebelumnya"),
                                    org.assertj.core.groups.Tuple.tuple(Stage.MUSRENBANG_KOTA,
                                            "musim.error.di-luar-tahun"));
                    assertThat(indonesian(rejected)).isEqualTo("Tahap ini tidak boleh dimulai sebelum Verifikasi "
                            + "lapangan dimulai (2 Februari " + (LATER - 1) + ").");
                });
        assertThat(seasons.season(LATER)).isEmpty();
        assertThat(runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(MusimPerencanaanProcess.businessKey(LATER)).count()).isZero();
    }

    @Test
    void only_the_bappeda_admin_opens_a_season_or_extends_a_window() {
        assertThatThrownBy(() -> seasons.open(LATER, defaults(LATER), "bappeda"))
                .extracting("messageKey").isEqualTo("musim.error.bukan-admin");
        assertThatThrownBy(() -> seasons.open(LATER, defaults(LATER), "rt003.medono"))
                .extracting("messageKey").isEqualTo("musim.error.bukan-admin");
        Season opened = seasons.open(LATER, defaults(LATER), "admin.bappeda");
        assertThatThrownBy(() -> seasons.extend(LATER, Stage.MUSRENBANG_KOTA, LocalDate.of(LATER - 1, 5, 31),
                "Jadwal Wali Kota", opened.version(), "lurah.medono"))
                .extracting("messageKey").isEqualTo("musim.error.bukan-admin");
        assertThatThrownBy(() -> seasons.close(LATER, "lurah.medono"))
                .extracting("messageKey").isEqualTo("musim.error.bukan-bappeda");
    }

    @Test
    void an_extension_needs_a_reason_a_later_date_and_the_latest_version_and_is_recorded() {
        Season opened = seasons.open(LATER, defaults(LATER), "admin.bappeda");
        LocalDate newEnd = LocalDate.of(LATER - 1, 5, 15);

        assertThatThrownBy(() -> seasons.extend(LATER, Stage.MUSRENBANG_KOTA, newEnd, "  ", opened.version(),
                "admin.bappeda")).extracting("messageKey").isEqualTo("musim.error.alasan-wajib");
        assertThatThrownBy(() -> seasons.extend(LATER, Stage.MUSRENBANG_KOTA, LocalDate.of(LATER - 1, 4, 20),
                "Jadwal Wali Kota", opened.version(), "admin.bappeda"))
                .extracting("messageKey").isEqualTo("musim.error.perpanjangan-tidak-maju");
        assertThatThrownBy(() -> seasons.extend(LATER, Stage.USULAN, LocalDate.of(LATER - 1, 1, 30),
                "Banyak RT terlambat", opened.version(), "admin.bappeda"))
                .extracting("messageKey").isEqualTo("musim.error.perpanjang-tahap-berikutnya-dulu");
        assertThatThrownBy(() -> seasons.extend(LATER, Stage.MUSRENBANG_KOTA, LocalDate.of(LATER, 1, 5),
                "Jadwal Wali Kota", opened.version(), "admin.bappeda"))
                .extracting("messageKey").isEqualTo("musim.error.di-luar-tahun");

        Season extended = seasons.extend(LATER, Stage.MUSRENBANG_KOTA, newEnd, "Jadwal Wali Kota bergeser",
                opened.version(), "admin.bappeda");

        SeasonWindow kota = extended.window(Stage.MUSRENBANG_KOTA);
        assertThat(kota.end()).isEqualTo(newEnd);
        assertThat(kota.plannedEnd()).isEqualTo(LocalDate.of(LATER - 1, 4, 30));
        assertThat(kota.extensionReason()).isEqualTo("Jadwal Wali Kota bergeser");
        assertThat(seasons.history(LATER)).extracting(e -> e.action() + ": " + e.detail()).last().asString()
                .contains("JENDELA_DIPERPANJANG", "MUSRENBANG_KOTA", newEnd.toString(), "Jadwal Wali Kota bergeser");
        // the admin who still sees the season as it was before is told, not overwritten
        assertThatThrownBy(() -> seasons.extend(LATER, Stage.MUSRENBANG_KOTA, newEnd.plusDays(3), "Lagi",
                opened.version(), "admin.bappeda")).extracting("messageKey").isEqualTo("musim.error.diubah-orang-lain");
    }

    @Test
    void an_usulan_is_submitted_inside_its_window_and_refused_after_it_closed_with_the_window_named() {
        ProposalSummary early = proposals.createDraft(draft("PMT balita jendela terbuka", TestTime.PLANNING_YEAR), "rt003.medono");
        ProposalSummary late = proposals.createDraft(draft("PMT balita jendela tertutup", TestTime.PLANNING_YEAR), "rt003.medono");
        assertThat(proposals.submit(early.id(), "rt003.medono").status()).isNotEqualTo(ProposalStatus.DRAFT);

        LocalDate lastDay = seasons.window(TestTime.PLANNING_YEAR, Stage.USULAN).end();
        Duration jump = clock.jumpTo(lastDay.plusDays(1).atStartOfDay(TestTime.WIB).toInstant().plusSeconds(60));
        try {
            assertThatThrownBy(() -> proposals.submit(late.id(), "rt003.medono"))
                    .isInstanceOfSatisfying(BusinessException.class, refused -> {
                        assertThat(refused.messageKey()).isEqualTo("musim.error.jendela-sudah-ditutup");
                        assertThat(indonesian(refused)).isEqualTo("Jendela Usulan RT/RW musim "
                                + TestTime.PLANNING_YEAR + " sudah ditutup: 2 Januari " + TestTime.YEAR
                                + " s.d. 31 Desember " + TestTime.YEAR + ".");
                    });
        } finally {
            clock.advance(jump.negated());
        }
        assertThat(proposals.find(late.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void an_usulan_for_a_year_without_a_season_is_refused() {
        ProposalDraft withoutSeason = draft("PMT balita tanpa musim", LATER + 1);
        ProposalSummary draft = proposals.createDraft(withoutSeason, "rt003.medono");

        assertThatThrownBy(() -> proposals.submit(draft.id(), "rt003.medono"))
                .extracting("messageKey").isEqualTo("musim.error.belum-dibuka");
    }

    private static ProposalDraft draft(String title, int year) {
        return new ProposalDraft(year, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
    }
}

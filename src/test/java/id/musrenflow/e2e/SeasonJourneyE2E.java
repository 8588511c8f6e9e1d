package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.musrenflow.MutableClock;
import id.musrenflow.TestTime;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import id.musrenflow.season.process.MusimPerencanaanProcess;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The season in a real browser: the Bappeda admin opens next year's season from this one's template and copies
 * this year's catalogue into it, residents read
 * the calendar without signing in, and an RT head submits inside the usulan window and is told, with the window's
 * dates, that it has closed once it has.
 */
class SeasonJourneyE2E extends EndToEnd {

    private static final int NEXT = TestTime.PLANNING_YEAR + 1;
    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private SeasonService seasons;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private MutableClock clock;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private RuntimeService runtime;

    /** Next year's season is this journey's own: what an earlier run left of it goes first. */
    @BeforeEach
    void withoutNextSeason() {
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(MusimPerencanaanProcess.businessKey(NEXT))
                .list().forEach(p -> runtime.deleteProcessInstance(p.getId(), "uji diulang"));
        jdbc.sql("delete from musim_perencanaan where tahun = ?").param(NEXT).update();
        jdbc.sql("delete from jejak_audit where objek = 'MUSIM' and objek_id = ?").param(String.valueOf(NEXT)).update();
        jdbc.sql("delete from kamus_usulan k where tahun = ? and not exists (select 1 from usulan u where u.kamus_id = k.id)")
                .param(NEXT).update();
    }

    @Test
    void the_admin_opens_next_season_and_an_rt_head_is_refused_once_the_usulan_window_closed() {
        Page admin = signIn(browser.desktop(), "admin.bappeda");
        admin.navigate(url("/musim-perencanaan"));
        assertThat(admin.locator("#mulai-USULAN input")).hasValue("02/01/" + (TestTime.YEAR + 1));
        admin.locator("#musim-buka-simpan").click();
        assertThat(admin.locator("#musim-" + NEXT)).isVisible();
        assertThat(admin.locator("#musim-riwayat-" + NEXT)).containsText("Musim dibuka");
        Browser.screenshot(admin, "season-1-admin-desktop");
        assertThat(seasons.season(NEXT)).isPresent();

        // next year's catalogue starts as a copy of this year's
        admin.navigate(url("/kamus-usulan"));
        admin.locator("#kamus-tahun input").fill(String.valueOf(NEXT));
        admin.locator("#kamus-tahun input").press("Enter");
        assertThat(admin.locator("#kamus-kosong")).isVisible();
        admin.locator("#kamus-salin").click();
        assertThat(admin.locator("#kamus-salin-sumber input")).hasValue(String.valueOf(TestTime.PLANNING_YEAR));
        admin.locator("#form-dialog-save").click();
        assertThat(admin.locator("#kamus-daftar")).containsText("Pembangunan atau normalisasi saluran drainase");
        Browser.screenshot(admin, "season-1b-catalogue-copied-desktop");
        assertThat(proposals.catalogue(NEXT)).isNotEmpty();
        admin.context().close();

        Page visitor = browser.phone();
        visitor.navigate(url("/kalender-musrenbang"));
        assertThat(visitor.locator("#musim-sekarang")).containsText("Musim " + TestTime.PLANNING_YEAR);
        assertThat(visitor.locator("#jendela-USULAN")).containsText("Sedang dibuka");
        assertNoSidewaysScrolling(visitor);
        Browser.screenshot(visitor, "season-2-public-calendar-phone");
        visitor.context().close();

        ProposalSummary inside = proposals.createDraft(draft("Kelas ibu balita jendela terbuka"), "rt003.medono");
        ProposalSummary late = proposals.createDraft(draft("Kelas ibu balita jendela tertutup"), "rt003.medono");
        Page rt = signIn(browser.phone(), "rt003.medono");
        rt.navigate(url("/usulan/" + inside.id()));
        rt.locator("#usulan-ajukan").click();
        assertThat(rt.getByText("Usulan " + inside.number() + " telah diajukan.").first()).isVisible();
        assertThat(proposals.find(inside.id()).orElseThrow().status()).isNotEqualTo(ProposalStatus.DRAFT);

        Duration jump = clock.jumpTo(seasons.window(TestTime.PLANNING_YEAR, Stage.USULAN).end().plusDays(1)
                .atTime(8, 0).atZone(TestTime.WIB).toInstant());
        try {
            rt.navigate(url("/usulan/" + late.id()));
            rt.locator("#usulan-ajukan").click();
            assertThat(rt.locator("#usulan-pesan")).containsText("Jendela Usulan RT/RW musim " + TestTime.PLANNING_YEAR + " sudah ditutup: "
                    + "2 Januari " + TestTime.YEAR + " s.d. 31 Desember " + TestTime.YEAR + ".");
            Browser.screenshot(rt, "season-3-rt-refused-phone");
        } finally {
            clock.advance(jump.negated());
        }
        assertThat(proposals.find(late.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DRAFT);
        rt.context().close();
    }

    private static ProposalDraft draft(String title) {
        return new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
    }
}

package id.musrenflow.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import id.musrenflow.KaribuTest;
import id.musrenflow.MutableClock;
import id.musrenflow.TestTime;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.monitoring.DurationFigures;
import id.musrenflow.monitoring.MonitoringFixtures;
import id.musrenflow.monitoring.StageDurations;
import id.musrenflow.monitoring.StageTime;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.TaskInboxService;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stage durations on a clock moved between the steps. Three usulan of a new RW are submitted together; the RW head
 * approves them after one, two and four days; the kelurahan verifies the first a day later. At the RW they stayed
 * 24, 48 and 96 hours (median 2.0 days, 90th percentile 3.6); at kelurahan verification 96 hours (done), 72 and 24
 * hours (still there): median 3.0 days, 90th percentile 3.8.
 */
class DurationsViewTest extends KaribuTest {

    private static final double DAY = 24;

    @Autowired
    private RegionService regions;
    @Autowired
    private UserService users;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts logins;
    @Autowired
    private MutableClock clock;
    @Autowired
    private StageDurations durations;

    private MonitoringFixtures rw;
    private Duration moved = Duration.ZERO;

    private void advanceDays(int days) {
        clock.advance(Duration.ofDays(days));
        moved = moved.plusDays(days);
    }

    @BeforeEach
    void steps() {
        rw = new MonitoringFixtures(regions, users, proposals, inbox, logins);
        ProposalSummary first = rw.submitted(rw.draft("Kelas ibu balita", ProposalField.SOSIAL, 1));
        ProposalSummary second = rw.submitted(rw.draft("Pelatihan kader", ProposalField.SOSIAL, 2));
        ProposalSummary third = rw.submitted(rw.draft("Posyandu lansia", ProposalField.SOSIAL, 3));
        advanceDays(1);
        rw.rwApproves(first);
        advanceDays(1);
        rw.rwApproves(second);
        advanceDays(2);
        rw.rwApproves(third);
        advanceDays(1);
        rw.kelurahanVerifies(first);
    }

    @AfterEach
    void clockBack() {
        clock.advance(moved.negated());
    }

    private StageTime stage(DurationFigures f, ProposalStage stage) {
        return f.stages().stream().filter(t -> t.stage() == stage).findFirst().orElseThrow();
    }

    @Test
    void medians_and_90th_percentiles_come_from_the_status_history() {
        DurationFigures f = durations.figures(rw.user("bappeda"), TestTime.PLANNING_YEAR, rw.rw.code()).orElseThrow();
        StageTime atRw = stage(f, ProposalStage.RW);
        assertThat(atRw.stays()).isEqualTo(3);
        assertThat(atRw.medianDays()).isCloseTo(48 / DAY, within(0.01));
        assertThat(atRw.p90Days()).isCloseTo(86.4 / DAY, within(0.01));
        assertThat(atRw.allowanceWorkingDays()).isEqualTo(5);
        StageTime verification = stage(f, ProposalStage.VERIFIKASI_KELURAHAN);
        assertThat(verification.stays()).as("an RW approval is one stay, not PRIORITAS_RW and DIAJUKAN_KELURAHAN")
                .isEqualTo(3);
        assertThat(verification.medianDays()).isCloseTo(72 / DAY, within(0.01));
        assertThat(verification.p90Days()).isCloseTo(91.2 / DAY, within(0.01));
        assertThat(verification.allowanceWorkingDays()).isEqualTo(7);
        assertThat(verification.slowest()).isTrue();
        assertThat(atRw.slowest()).isFalse();
        StageTime forum = stage(f, ProposalStage.FORUM_KELURAHAN);
        assertThat(forum.stays()).isEqualTo(1);
        assertThat(forum.allowanceWorkingDays()).isNull();
        assertThat(f.stages()).extracting(StageTime::stage).containsExactly(ProposalStage.RW,
                ProposalStage.VERIFIKASI_KELURAHAN, ProposalStage.FORUM_KELURAHAN);
    }

    private static String text(String rowId, String className) {
        Div row = _get(Div.class, spec -> spec.withId(rowId));
        return _get(row, Span.class, spec -> spec.withClasses(className)).getText();
    }

    @Test
    void the_screen_shows_days_with_one_decimal_beside_the_allowance_and_marks_the_slowest() {
        login("bappeda");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pemantauan/durasi", QueryParameters.simple(Map.of("tahun",
                String.valueOf(TestTime.PLANNING_YEAR), "wilayah", rw.rw.code())));

        assertThat(text("durasi-tahap-RW", "mf-median")).isEqualTo("Median 2,0 hari");
        assertThat(text("durasi-tahap-RW", "mf-p90")).isEqualTo("P90 3,6 hari");
        assertThat(text("durasi-tahap-RW", "mf-batas")).isEqualTo("Batas 5 hari kerja");
        assertThat(text("durasi-tahap-RW", "mf-jumlah")).isEqualTo("3 usulan");
        assertThat(text("durasi-tahap-VERIFIKASI_KELURAHAN", "mf-median")).isEqualTo("Median 3,0 hari");
        assertThat(text("durasi-tahap-VERIFIKASI_KELURAHAN", "mf-p90")).isEqualTo("P90 3,8 hari");
        assertThat(text("durasi-tahap-VERIFIKASI_KELURAHAN", "mf-batas")).isEqualTo("Batas 7 hari kerja");
        assertThat(text("durasi-tahap-FORUM_KELURAHAN", "mf-batas")).isEqualTo("Batas: jadwal musim");
        assertThat(_get(Div.class, spec -> spec.withId("durasi-tahap-VERIFIKASI_KELURAHAN")).getClassNames())
                .contains("mf-terlambat");
        assertThat(_get(Div.class, spec -> spec.withId("durasi-tahap-RW")).getClassNames())
                .doesNotContain("mf-terlambat", "mf-lewat-batas");
        // at RW level the OPD breakdown has only this RW's usulan, none with an OPD yet
        assertThat(text("durasi-opd-VERIFIKASI_KELURAHAN", "mf-nama"))
                .isEqualTo("OPD belum ditentukan · Verifikasi kelurahan");
        assertThat(_find(Div.class, spec -> spec.withId("durasi-wilayah"))).isEmpty();
    }

    @Test
    void the_kelurahan_lists_its_rw_slowest_first() {
        DurationFigures medono = durations.figures(rw.user("lurah.medono"), TestTime.PLANNING_YEAR,
                MonitoringFixtures.MEDONO).orElseThrow();
        StageTime ours = medono.territories().stream()
                .filter(t -> rw.rw.code().equals(t.key()) && t.stage() == ProposalStage.RW).findFirst().orElseThrow();
        assertThat(ours.name()).isEqualTo(rw.rw.shortLabel());
        assertThat(ours.medianDays()).isCloseTo(48 / DAY, within(0.01));
        assertThat(ours.p90Days()).isCloseTo(86.4 / DAY, within(0.01));
        assertThat(medono.territories()).extracting(StageTime::medianDays)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());

        login("lurah.medono");
        useLocale(Locale.forLanguageTag("id-ID"));
        UI.getCurrent().navigate("pemantauan/durasi");
        Div list = _get(Div.class, spec -> spec.withId("durasi-wilayah"));
        java.util.List<Div> rows = _find(list, Div.class, spec -> spec.withClasses("mf-baris-durasi"));
        assertThat(rows).hasSize(Math.min(DurationRows.SHOWN, medono.territories().size()));
        StageTime slowest = medono.territories().get(0);
        assertThat(rows.get(0).getId()).hasValue("durasi-wilayah-" + slowest.key() + "-" + slowest.stage().name());
        assertThat(rows.get(0).getClassNames()).contains("mf-terlambat");
        if (medono.territories().size() > DurationRows.SHOWN) {
            assertThat(list.getElement().getTextRecursively()).contains("Menampilkan " + DurationRows.SHOWN
                    + " yang terlama dari " + medono.territories().size() + ".");
        }

        UI.getCurrent().navigate("pemantauan/durasi", QueryParameters.simple(Map.of("wilayah", "33.75.02")));
        assertThat(_get(Div.class, spec -> spec.withId("pemantauan-pesan")).getText())
                .startsWith("Wilayah ini tidak dikenal");
        assertThat(_find(Div.class, spec -> spec.withId("durasi-tahap"))).isEmpty();
    }
}

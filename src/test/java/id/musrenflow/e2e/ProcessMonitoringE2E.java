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
import id.musrenflow.proposal.ProposalSummary;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Late work and the process diagram in real Chromium, on a desktop and on a 390 px phone: an usulan left at the RW
 * for forty days shows under its position with a link, the diagram draws with its badge, the heatmap colours the
 * steps, and neither page scrolls sideways. Screenshots go to target/screenshots/pemantauan-*.
 */
class ProcessMonitoringE2E extends EndToEnd {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private ProposalService proposals;
    @Autowired
    private MutableClock clock;

    /** The shared test machine can be slow: give the page time before judging it. */
    @org.junit.jupiter.api.BeforeAll
    static void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
    }

    @Test
    void late_work_and_the_diagram_read_well_on_a_desktop_and_a_phone() {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Gang Melati", null, null, ProposalKind.NON_FISIK,
                ProposalField.SOSIAL, null, "Kelas gizi balita (uji layar)", "Balita kurang gizi", null, null, 30,
                "ibu balita", BigDecimal.ONE, "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        Page desktop = signIn(browser.desktop(), "bappeda");
        Page phonePage = signIn(browser.phone(), "bappeda");
        ProposalSummary usulan = proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
        Duration jump = Duration.ofDays(40);
        clock.advance(jump);
        try {
            for (boolean phone : new boolean[] {false, true}) {
                Page page = phone ? phonePage : desktop;
                String size = phone ? "hp" : "desktop";

                page.navigate(url("/pemantauan/terlambat?hari=3"));
                assertThat(page.locator("#terlambat-posisi")).isVisible();
                assertThat(page.locator("#terlambat-G-ketua-rw-33-75-01-1002-002")).containsText("Ketua RW");
                Browser.screenshot(page, "pemantauan-terlambat-" + size);
                if (phone) {
                    assertNoSidewaysScrolling(page);
                }

                page.navigate(url("/pemantauan/proses"));
                assertThat(page.locator("#proses-diagram svg.mf-diagram")).isVisible();
                assertThat(page.locator("#proses-diagram g.mf-d-lencana-kini[data-element='Task_TelaahRw']"))
                        .isVisible();
                double svgWidth = ((Number) page.evaluate(
                        "document.querySelector('#proses-diagram svg').getBoundingClientRect().width")).doubleValue();
                double boxWidth = ((Number) page.evaluate(
                        "document.querySelector('#proses-diagram').getBoundingClientRect().width")).doubleValue();
                assertThat(svgWidth).as("the drawing fits its box").isLessThanOrEqualTo(boxWidth + 1);
                Browser.screenshot(page, "pemantauan-proses-" + size);
                if (phone) {
                    assertNoSidewaysScrolling(page);
                }

                page.navigate(url("/pemantauan/proses/Process_UsulanMusrenbang?tampilan=riwayat"));
                assertThat(page.locator("#proses-diagram g.mf-d-lencana-riwayat").first()).isVisible();
                Browser.screenshot(page, "pemantauan-proses-riwayat-" + size);
                if (phone) {
                    assertNoSidewaysScrolling(page);
                }
                page.context().close();
            }
            assertThat(usulan.number()).isNotBlank();
        } finally {
            clock.advance(jump.negated());
        }
    }
}

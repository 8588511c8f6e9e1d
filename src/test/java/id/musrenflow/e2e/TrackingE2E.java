package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.musrenflow.TestTime;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A resident on a phone, not signed in, opens /lacak, types the number from the receipt and reads the status and the
 * timeline; the proposer reopens the receipt of the same usulan. Screenshots: target/screenshots/lacak-*.
 */
class TrackingE2E extends EndToEnd {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private ProposalService proposals;

    /** The first page of a cold dev-mode server on a busy machine takes longer than Playwright's 5 s. */
    @org.junit.jupiter.api.BeforeAll
    static void patientAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @org.junit.jupiter.api.AfterAll
    static void usualAssertions() {
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    private ProposalSummary submitted(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL,
                null, title, "Remaja belum punya kegiatan kesehatan", null, null, 40, "remaja", BigDecimal.ONE,
                "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary created = proposals.createDraft(draft, "rt003.medono");
        return proposals.submit(created.id(), "rt003.medono");
    }

    @Test
    void a_resident_without_an_account_looks_an_usulan_up_by_its_number() {
        ProposalSummary usulan = submitted(unique("Posyandu remaja"));
        Page page = browser.phone();
        page.navigate(url("/lacak"));
        page.waitForLoadState();
        Browser.screenshot(page, "lacak-awal");
        assertThat(page.locator("#tracking-cari-nomor")).isVisible();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*/login.*"));
        Browser.screenshot(page, "lacak-cari");

        page.locator("#tracking-cari-nomor input").fill(usulan.number());
        page.locator("#tracking-cari").click();
        page.waitForURL(u -> u.endsWith("/lacak/" + usulan.number()));
        assertThat(page.locator("#tracking-status")).hasText("Diajukan ke RW");
        String first = page.locator("#tracking-timeline li").first().innerText();
        // the date on one line, the status on the next: never "07.02Draf"
        assertThat(first.split("\n")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(first.split("\n")[1].strip()).isEqualTo("Draf");
        assertNoSidewaysScrolling(page);
        Browser.screenshot(page, "lacak-hasil");

        page.navigate(url("/lacak/U-1999-0000000000-0000"));
        assertThat(page.locator("#tracking-not-found")).containsText("tanda terima");
        assertThat(page.locator("#tracking-cari-nomor")).isVisible();
        page.context().close();
    }

    @Test
    void the_proposer_reopens_the_receipt_with_its_qr_code() {
        ProposalSummary usulan = submitted(unique("Kelas gizi remaja"));
        Page page = signIn(browser.phone(), "rt003.medono");
        page.navigate(url("/usulan/" + usulan.id()));
        page.locator("#usulan-tanda-terima-buka").click();
        assertThat(page.locator("#tanda-terima-nomor")).hasText(usulan.number());
        assertThat(page.locator("#tanda-terima-pengusul")).containsText("(Slamet Riyadi)");
        page.waitForFunction("() => { const i = document.querySelector('#tanda-terima-qr');"
                + " return i && i.complete && i.naturalWidth > 0; }");
        assertNoSidewaysScrolling(page);
        assertThat(((Number) page.evaluate("document.querySelector('vaadin-dialog-overlay').shadowRoot"
                + ".querySelector('[part=overlay]').getBoundingClientRect().left")).doubleValue())
                .as("the receipt dialog starts on the screen").isGreaterThanOrEqualTo(0);
        Browser.screenshot(page, "lacak-tanda-terima");
        page.context().close();
    }

    @Test
    void the_rw_head_reads_the_proposer_and_the_history_by_position_and_name() {
        ProposalSummary usulan = submitted(unique("Senam lansia"));
        Page rw = openTask(signIn(browser.phone(), "rw002.medono"), usulan.number());
        assertThat(rw.locator("#usulan-isian")).containsText("Ketua RT 003 / RW 002 Medono (Slamet Riyadi)");
        assertThat(rw.locator("#usulan-riwayat")).containsText("(Slamet Riyadi)");
        assertThat(rw.locator("#usulan-konteks")).not().containsText("ketua-rt:");
        assertThat(rw.locator("#usulan-konteks")).not().containsText("rt003.medono");
        assertNoSidewaysScrolling(rw);
        rw.locator("#usulan-isian").scrollIntoViewIfNeeded();
        Browser.screenshot(rw, "lacak-konteks-pengusul");
        rw.context().close();
    }
}

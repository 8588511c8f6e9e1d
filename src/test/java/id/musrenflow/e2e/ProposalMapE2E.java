package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import id.musrenflow.TestTime;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import java.math.BigDecimal;
import java.util.List;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The map of usulan in real Chromium without map tiles (this machine is offline; tile requests are refused as they
 * would be there): Leaflet and Leaflet.markercluster load from their WebJars, dense points become one cluster with
 * its count, a lone point is a marker that opens its usulan, and the page fits a 390 px phone.
 */
class ProposalMapE2E extends EndToEnd {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private ProposalService proposals;

    /** Two cores shared with other builds: the first Vaadin round trips of a cold server may take longer than 5 s. */
    @BeforeAll
    static void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }

    @AfterAll
    static void usualAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void bappeda_sees_clustered_points_without_tiles_and_a_point_opens_its_usulan() {
        String tag = unique("Peta");
        for (int i = 0; i < 4; i++) {
            submitted("Posyandu " + tag + " " + i, -6.88910 + i * 0.00002, 109.66120 + i * 0.00002);
        }
        ProposalSummary lone = submitted("Kelas batik " + tag, -6.89210, 109.66380);

        Page page = offline(browser.desktop());
        signIn(page, "bappeda");
        page.navigate(url("/pemantauan/peta?tahun=" + TestTime.PLANNING_YEAR + "&wilayah=" + MEDONO + "&cari=" + tag));

        Locator map = page.locator("#peta-usulan.leaflet-container");
        assertThat(map).hasAttribute("data-titik", "5");
        assertThat(page.locator("#peta-usulan .mf-peta-klaster")).hasCount(1);
        assertThat(page.locator("#peta-usulan .mf-peta-klaster")).hasText("4");
        assertThat(page.locator("#peta-usulan .mf-peta-titik")).hasCount(1);
        assertThat(page.locator("#peta-usulan .leaflet-tile-loaded")).hasCount(0);
        assertThat(page.locator("#peta-usulan .leaflet-control-scale")).isVisible();
        assertThat(page.locator("#peta-pesan")).hasText("5 usulan di peta.");
        assertThat(page.locator("#peta-legenda")).containsText("Di RW");
        assertThat(page.locator("#peta-register")).hasAttribute("href",
                "pemantauan/usulan?tahun=" + TestTime.PLANNING_YEAR + "&wilayah=" + MEDONO + "&cari=" + tag);
        Browser.screenshot(page, "pemantauan-peta-medono-desktop");

        // a click that lands while the map is still fitting its points opens nothing; a person would click again
        for (int attempt = 1; !page.url().contains("/pemantauan/usulan/"); attempt++) {
            page.locator("#peta-usulan .mf-peta-titik[title^='" + lone.number() + "'] a").click();
            try {
                page.waitForURL(url("/pemantauan/usulan/" + lone.number()),
                        new Page.WaitForURLOptions().setTimeout(5_000));
            } catch (com.microsoft.playwright.TimeoutError notYet) {
                org.assertj.core.api.Assertions.assertThat(attempt).as("the usulan opens within three clicks")
                        .isLessThan(3);
            }
        }
        assertThat(page.locator("#usulan-status")).isVisible();
    }

    @Test
    void the_city_map_fits_a_phone_without_sideways_scrolling() {
        String tag = unique("PetaHp");
        submitted("Bank sampah " + tag, -6.88700, 109.66500);

        Page page = offline(browser.phone());
        signIn(page, "bappeda");
        page.navigate(url("/pemantauan/peta"));
        Locator map = page.locator("#peta-usulan.leaflet-container");
        assertThat(map).isVisible();
        int shown = Integer.parseInt(map.getAttribute("data-titik"));
        assertThat(shown).isPositive();
        assertThat(page.locator("#peta-usulan .mf-peta-titik, #peta-usulan .mf-peta-klaster").first()).isVisible();
        double mapWidth = ((Number) page.evaluate("document.querySelector('#peta-usulan').getBoundingClientRect().width"))
                .doubleValue();
        assertThat(mapWidth).isGreaterThan(Browser.PHONE_WIDTH * 0.85);
        Browser.screenshot(page, "pemantauan-peta-kota-phone");
        assertNoSidewaysScrolling(page);

        Page desktop = offline(browser.desktop());
        signIn(desktop, "bappeda");
        desktop.navigate(url("/pemantauan/peta"));
        assertThat(desktop.locator("#peta-usulan.leaflet-container")).isVisible();
        assertThat(desktop.locator("#peta-usulan .mf-peta-titik, #peta-usulan .mf-peta-klaster").first()).isVisible();
        Browser.screenshot(desktop, "pemantauan-peta-kota-desktop");
    }

    /** Refuses the tile server's requests, as the closed network here does, so the map runs without tiles. */
    private static Page offline(Page page) {
        page.route(u -> u.contains("tile.openstreetmap.org"), Route::abort);
        return page;
    }

    private ProposalSummary submitted(String title, double latitude, double longitude) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(MEDONO + ".002.003"), "Balai RW 002", BigDecimal.valueOf(latitude), BigDecimal.valueOf(longitude),
                ProposalKind.NON_FISIK, ProposalField.SOSIAL, null, title, "Balita di bawah garis pertumbuhan", null,
                null, 40, "ibu balita", BigDecimal.ONE, "kegiatan", new BigDecimal("3000000"), null, null, null, null,
                null);
        return proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
    }
}

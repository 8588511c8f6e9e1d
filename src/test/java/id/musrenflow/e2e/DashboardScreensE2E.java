package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import id.musrenflow.TestTime;
import id.musrenflow.identity.UserService;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.monitoring.MonitoringFixtures;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.TaskInboxService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The season dashboard, the stage durations and the home pages in real Chromium, on a desktop and a 390 px phone:
 * Bappeda drills from the city to Kecamatan Pekalongan Barat, Medono and an RW by clicking the rows; nothing
 * scrolls sideways on the phone. Screenshots (target/screenshots/pemantauan-*) are for looking at.
 */
class DashboardScreensE2E extends EndToEnd {

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

    private MonitoringFixtures rw;

    @BeforeEach
    void season() {
        rw = new MonitoringFixtures(regions, users, proposals, inbox, logins);
        rw.knownSeason();
    }

    @Test
    void bappeda_drills_down_from_the_city_to_an_rw() {
        Page page = signedIn(browser.desktop(), "bappeda", DEMO_PASSWORD);
        Browser.screenshot(page, "pemantauan-desktop-beranda-bappeda");
        page.navigate(url("/pemantauan"));
        assertThat(page.locator("#pemantauan-corong")).isVisible();
        Browser.screenshot(page, "pemantauan-desktop-kota");
        page.locator("#pemantauan-wilayah-33\\.75\\.01 a.mf-nama").click();
        assertThat(page.locator("#pemantauan-jejak")).containsText("Kecamatan Pekalongan Barat");
        Browser.screenshot(page, "pemantauan-desktop-barat");
        page.locator("#pemantauan-wilayah-" + MonitoringFixtures.MEDONO.replace(".", "\\.") + " a.mf-nama").click();
        assertThat(page.locator("#pemantauan-jejak")).containsText("Kelurahan Medono");
        Browser.screenshot(page, "pemantauan-desktop-medono");
        page.locator("#pemantauan-wilayah-" + rw.rw.code().replace(".", "\\.") + " a.mf-nama").click();
        assertThat(page.locator("#tahap-VERIFIKASI_KELURAHAN .mf-jumlah")).hasText("2");
        assertThat(page.locator("#pemantauan-total .mf-biaya")).hasText("Rp 59.000.000");
        Browser.screenshot(page, "pemantauan-desktop-rw");
        page.locator("#pemantauan-ke-durasi").click();
        assertThat(page.locator("#durasi-tahap")).isVisible();
        page.navigate(url("/pemantauan/durasi?tahun=" + TestTime.PLANNING_YEAR + "&wilayah="
                + MonitoringFixtures.MEDONO));
        assertThat(page.locator("#durasi-wilayah")).isVisible();
        Browser.screenshot(page, "pemantauan-desktop-durasi-medono");
        page.context().close();
    }

    @Test
    void the_screens_fit_a_phone() {
        Page page = signedIn(browser.phone(), "bappeda", DEMO_PASSWORD);
        fits(page, "/", "pemantauan-phone-beranda-bappeda");
        fits(page, "/pemantauan", "pemantauan-phone-kota");
        fits(page, "/pemantauan?tahun=" + TestTime.PLANNING_YEAR + "&wilayah=" + MonitoringFixtures.MEDONO,
                "pemantauan-phone-medono");
        fits(page, "/pemantauan/durasi?tahun=" + TestTime.PLANNING_YEAR + "&wilayah=" + MonitoringFixtures.MEDONO,
                "pemantauan-phone-durasi-medono");
        page.context().close();
        java.util.Map<String, String> homes = new java.util.LinkedHashMap<>();
        homes.put("lurah.medono", DEMO_PASSWORD);
        homes.put("staf.medono", DEMO_PASSWORD);
        homes.put(rw.rtHead, MonitoringFixtures.password(rw.rtHead));
        homes.put(rw.rwHead, MonitoringFixtures.password(rw.rwHead));
        homes.forEach((user, password) -> {
            Page home = signedIn(browser.phone(), user, password);
            fits(home, "/", "pemantauan-phone-beranda-" + user.replace('.', '-'));
            home.context().close();
        });
    }

    /** Signs in, allowing the first page of a freshly started server more than the usual five seconds. */
    private Page signedIn(Page page, String username, String password) {
        submitSignIn(page, username, password);
        assertThat(page.locator("#greeting")).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
        return page;
    }

    private void fits(Page page, String path, String name) {
        page.navigate(url(path));
        page.waitForLoadState();
        assertThat(page.locator("#greeting, #pemantauan-isi, #durasi-isi").first()).isVisible(
                new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
        assertThat(page.locator("body")).not().containsText("Terjadi kesalahan");
        Browser.screenshot(page, name);
        assertNoSidewaysScrolling(page);
    }
}

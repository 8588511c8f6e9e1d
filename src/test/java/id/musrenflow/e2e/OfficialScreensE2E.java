package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.BoundingBox;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.workflow.UsulanFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12, every screen as an official reads it, in real Chromium on a desktop and a 390 px phone: the map beside
 * the task is drawn at a real height, the usulan comes before the decision on a phone, the inbox reads as cards, the
 * page title is readable and the menu's icons show on the dark drawer. Screenshots: target/screenshots/pejabat-*.
 */
class OfficialScreensE2E extends EndToEnd {

    /** A loaded two-core machine may take a while to open a page; a person would wait too. */
    private static final LocatorAssertions.IsVisibleOptions LOADED = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(30_000);

    @Autowired
    private ProposalService proposals;

    @Test
    void the_rw_head_sees_the_map_beside_the_task_and_the_inbox_as_cards_on_a_phone() {
        ProposalSummary usulan = new UsulanFixtures(proposals).drainage("Drainase Gang Kenanga peta tugas",
                "rt003.medono", UsulanFixtures.RT_003, -6.8886, 109.6753);

        Page desktop = signedIn(browser.desktop(), "rw002.medono");
        desktop.navigate(url("/tugas"));
        assertThat(desktop.locator("#tugas-grid")).isVisible(LOADED);
        Browser.screenshot(desktop, "pejabat-desktop-kotak-tugas");
        openTask(desktop, usulan.number());
        String taskUrl = desktop.url();
        assertMapDrawn(desktop);
        Browser.screenshot(desktop, "pejabat-desktop-tugas");
        desktop.context().close();

        Page phone = signedIn(browser.phone(), "rw002.medono");
        Browser.screenshot(phone, "pejabat-phone-beranda-rw");
        assertTitleReadable(phone, "Beranda");
        phone.navigate(url("/tugas"));
        // a card per task, the filters folded away under "Saring"
        Locator card = phone.locator("#tugas-grid .mf-task-card", new Page.LocatorOptions().setHasText(usulan.number()));
        assertThat(card.first()).isVisible(LOADED);
        assertThat(card.first()).containsText("Drainase Gang Kenanga peta tugas");
        assertThat(card.first()).containsText("RT 003/RW 002");
        assertThat(phone.locator("#tugas-cari")).isVisible();
        assertThat(phone.locator("#tugas-proses")).not().isVisible();
        assertThat(phone.locator("#tugas-saring")).not().hasAttribute("opened", "");
        assertTitleReadable(phone, "Kotak tugas");
        assertNoSidewaysScrolling(phone);
        Browser.screenshot(phone, "pejabat-phone-kotak-tugas");

        phone.navigate(taskUrl);
        assertThat(phone.locator("#tugas-formulir")).isVisible(LOADED);
        assertMapDrawn(phone);
        // stacked: the usulan being decided first, then the decision
        BoundingBox context = phone.locator("#usulan-konteks").boundingBox();
        BoundingBox form = phone.locator("#tugas-formulir").boundingBox();
        assertThat(context.y).as("the usulan above the decision form").isLessThan(form.y);
        assertThat(phone.locator("#usulan-konteks")).not().containsText("Keputusan sebelumnya");
        assertNoSidewaysScrolling(phone);
        Browser.screenshot(phone, "pejabat-phone-tugas");
        phone.context().close();
    }

    @Test
    void the_rt_head_s_home_and_usulan_form_read_well_and_the_menu_icons_show() {
        Page desktop = signedIn(browser.desktop(), "rt003.medono");
        Browser.screenshot(desktop, "pejabat-desktop-beranda-rt");
        // every icon of the dark drawer is light, not only the current item's
        Object darkest = desktop.evaluate("() => Math.min(...[...document.querySelectorAll('.mf-nav vaadin-side-nav-item"
                + " > [slot=prefix]')].map(i => getComputedStyle(i).color.match(/\\d+/g).slice(0, 3)"
                + ".map(Number).reduce((a, b) => a + b, 0) / 3))");
        assertThat(((Number) darkest).doubleValue()).as("brightness of the darkest menu icon (0-255)")
                .isGreaterThan(180);
        desktop.navigate(url("/usulan/baru"));
        assertThat(desktop.locator("#usulan-judul")).isVisible(LOADED);
        Browser.screenshot(desktop, "pejabat-desktop-usulan-baru");
        desktop.context().close();

        Page phone = signedIn(browser.phone(), "rt003.medono");
        Browser.screenshot(phone, "pejabat-phone-beranda-rt");
        phone.navigate(url("/usulan/baru"));
        assertThat(phone.locator("#usulan-judul")).isVisible(LOADED);
        assertTitleReadable(phone, "Usulan");
        assertThat(phone.locator("#usulan-peta").boundingBox().height).isGreaterThan(200);
        Browser.screenshot(phone, "pejabat-phone-usulan-baru");
        phone.context().close();
    }

    private Page signedIn(Page page, String username) {
        submitSignIn(page, username, DEMO_PASSWORD);
        assertThat(page.locator("#greeting")).isVisible(LOADED);
        return page;
    }

    private static void assertMapDrawn(Page page) {
        Locator map = page.locator("#usulan-konteks #usulan-peta");
        map.scrollIntoViewIfNeeded();
        assertThat(page.locator("#usulan-konteks #usulan-peta.leaflet-container")).isVisible(LOADED);
        assertThat(map.boundingBox().height).as("the map's height in px").isGreaterThan(200);
        assertThat(page.locator("#usulan-konteks #usulan-peta .leaflet-marker-icon")).isVisible();
        assertThat(page.locator("#usulan-konteks #usulan-peta .leaflet-tile-pane")).isAttached();
    }

    /** The title in the top bar shows its words, not two letters and an ellipsis. */
    private static void assertTitleReadable(Page page, String startsWith) {
        Locator title = page.locator(".mf-view-title");
        assertThat(title).containsText(startsWith);
        BoundingBox box = title.boundingBox();
        Number needed = (Number) title.evaluate("el => { const r = document.createRange(); r.selectNodeContents(el);"
                + " return el.scrollWidth; }");
        assertThat(box.width).as("room for the title").isGreaterThan(110);
        assertThat(needed.doubleValue()).as("the title is not cut").isLessThanOrEqualTo(box.width + 1);
    }
}

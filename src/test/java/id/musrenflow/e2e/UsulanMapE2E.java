package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** The usulan form on a 390 px phone in real Chromium: Leaflet loads from its WebJar and a tap sets the point. */
class UsulanMapE2E extends EndToEnd {


    @Test
    void an_rt_head_marks_the_location_by_tapping_the_map_on_a_phone() {
        Page page = browser.phone();
        signIn(page, "rt003.medono");

        page.navigate(url("/usulan/baru"));
        assertThat(page.locator("#usulan-peta.leaflet-container")).isVisible();
        assertThat(page.locator("#usulan-judul")).isVisible();
        page.locator("#usulan-peta").scrollIntoViewIfNeeded();
        page.locator("#usulan-peta").click();
        assertThat(page.locator("#usulan-peta .leaflet-marker-icon")).isVisible();
        assertThat(page.locator("#usulan-lat input")).not().hasValue("");
        String latitude = page.locator("#usulan-lat input").inputValue();
        assertThat(Double.parseDouble(latitude)).isBetween(-6.98, -6.80);
        Browser.screenshot(page, "usulan-baru-phone");
        assertNoSidewaysScrolling(page);

        page.locator("#usulan-lat input").fill("-6.8886");
        assertThat(page.locator("#usulan-lat input")).hasValue("-6.8886");
        page.locator("#usulan-lng input").fill("109.6753");
        page.locator("#usulan-lng input").press("Tab");
        assertThat(page.locator("#usulan-peta .leaflet-marker-icon")).hasCount(1);
    }
}

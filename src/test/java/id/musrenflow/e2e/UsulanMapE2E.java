package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import id.musrenflow.PostgresIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The usulan form on a 390 px phone in real Chromium: Leaflet loads from its WebJar and a tap sets the point. */
class UsulanMapE2E extends PostgresIT {

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    @Test
    void an_rt_head_marks_the_location_by_tapping_the_map_on_a_phone() {
        Page page = browser.phone();
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill("rt003.medono");
        page.locator("#vaadinLoginPassword input").fill("musrenflow");
        page.locator("vaadin-login-form vaadin-button").first().click();
        assertThat(page.locator("#greeting")).isVisible();

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
        int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        assertThat(scrollWidth).as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(Browser.PHONE_WIDTH);

        page.locator("#usulan-lat input").fill("-6.8886");
        assertThat(page.locator("#usulan-lat input")).hasValue("-6.8886");
        page.locator("#usulan-lng input").fill("109.6753");
        page.locator("#usulan-lng input").press("Tab");
        assertThat(page.locator("#usulan-peta .leaflet-marker-icon")).hasCount(1);
    }
}

package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** A demo RT head signs in and out in real headless Chromium, on a desktop and on a 390 px phone. */
class LoginE2E extends EndToEnd {



    @Test
    void rt_head_signs_in_sees_their_position_and_signs_out() {
        Page page = browser.desktop();
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        Browser.screenshot(page, "login-desktop");

        submitSignIn(page, "rt003.medono", DEMO_PASSWORD);
        assertThat(page.locator("#greeting")).containsText("Slamet Riyadi");
        assertThat(page.locator("#positions")).containsText("RT 003 / RW 002 Medono");
        assertThat(page.locator("vaadin-side-nav-item", new Page.LocatorOptions().setHasText("Camunda"))).hasCount(0);
        Browser.screenshot(page, "beranda-rt-desktop");

        page.locator("#logout").click();
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.navigate(url("/"));
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.url()).contains("/login");
    }

    @Test
    void rt_head_signs_in_and_out_on_a_phone() {
        Page page = browser.phone();
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        Browser.screenshot(page, "login-phone");
        submitSignIn(page, "rt003.medono", DEMO_PASSWORD);
        assertThat(page.locator("#greeting")).containsText("Slamet Riyadi");
        Browser.screenshot(page, "beranda-rt-phone");
        assertNoSidewaysScrolling(page);
        page.locator("#logout").click();
        page.waitForURL(u -> u.contains("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
    }

    @Test
    void a_wrong_password_is_told_in_bahasa_indonesia_and_english_can_be_chosen() {
        Page page = browser.desktop();
        submitSignIn(page, "rt003.medono", "bukan-sandinya");
        page.waitForURL(u -> u.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Nama pengguna atau kata sandi salah");
        Browser.screenshot(page, "login-error");
        page.locator("a", new Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("vaadin-login-form")).containsText("Password");
    }
}

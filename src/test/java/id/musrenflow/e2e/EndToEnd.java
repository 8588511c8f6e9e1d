package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import id.musrenflow.PostgresIT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * End-to-end tests: the application on PostgreSQL driven in one real Chromium per test class, with the steps every
 * journey repeats (signing in, opening a task from the inbox, deciding it) done as a person would.
 */
abstract class EndToEnd extends PostgresIT {

    protected static final String DEMO_PASSWORD = "musrenflow";

    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() {
        browser.close();
    }

    /** Fills the sign-in form and sends it, whatever the outcome. */
    protected void submitSignIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("vaadin-login-form vaadin-button").first().click();
    }

    /** Signs a demo user in and waits for the start page. */
    protected Page signIn(Page page, String username) {
        submitSignIn(page, username, DEMO_PASSWORD);
        assertThat(page.locator("#greeting")).isVisible();
        return page;
    }

    /** Opens the user's task for a business key (usulan or application number) through the inbox search. */
    protected Page openTask(Page page, String number) {
        page.navigate(url("/tugas"));
        // the search is sent once typing pauses; wait for that round trip, then for the one row it leaves
        page.waitForResponse(response -> response.url().contains("v-r=uidl"),
                () -> page.locator("#tugas-cari input").fill(number));
        page.waitForFunction("() => document.querySelector('#tugas-grid').size === 1");
        Locator row = page.locator("#tugas-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(number));
        // a click that lands while the rows are being replaced opens nothing; a person would click again
        for (int attempt = 1; !page.url().contains("/tugas/"); attempt++) {
            row.first().click();
            try {
                page.waitForURL(u -> u.contains("/tugas/"), new Page.WaitForURLOptions().setTimeout(5_000));
            } catch (TimeoutError notYet) {
                assertThat(attempt).as("the task opens within three clicks").isLessThan(3);
            }
        }
        assertThat(page.locator("#tugas-formulir")).isVisible();
        return page;
    }

    /** Picks a radio choice of the task form by its label. */
    protected static void choose(Page page, String fieldId, String label) {
        page.locator("#" + fieldId + " vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).first().click();
    }

    /** Sends the task's decision and waits for the inbox it returns to. */
    protected static void send(Page page) {
        page.locator("#tugas-kirim").click();
        page.waitForURL(u -> u.endsWith("/tugas"));
    }

    protected static void assertNoSidewaysScrolling(Page page) {
        assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                .as("no horizontal scrolling at 390 px").isLessThanOrEqualTo(Browser.PHONE_WIDTH);
    }
}

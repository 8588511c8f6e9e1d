package id.musrenflow.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real headless Chromium (Debian's, at /usr/bin/chromium or $CHROMIUM) driven by Playwright, with the flags this
 * closed network needs. Screenshots land in target/screenshots.
 */
public final class Browser implements AutoCloseable {

    public static final int PHONE_WIDTH = 390;
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser chromium;

    public Browser() {
        java.util.Map<String, String> env = new java.util.HashMap<>(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1"));
        if (System.getenv("FAKETIME") != null) {
            // the suite run with the JVM's clock moved (.ci/faketime-java): the browser keeps the machine's clock,
            // libfaketime inside Chromium stops it from starting
            env.put("LD_PRELOAD", "");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
        String executable = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(executable))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public Page desktop() {
        return page(1280, 800);
    }

    public Page phone() {
        return page(PHONE_WIDTH, 844);
    }

    private Page page(int width, int height) {
        Page page = chromium.newContext(new NewContextOptions().setViewportSize(width, height).setLocale("id-ID"))
                .newPage();
        page.setDefaultTimeout(30_000);
        return page;
    }

    public static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        chromium.close();
        playwright.close();
    }
}

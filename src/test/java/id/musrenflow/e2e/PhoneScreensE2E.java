package id.musrenflow.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every screen each role works on, opened on a 390 px phone in real Chromium: it loads without an error page and
 * the page never scrolls sideways. Screenshots (target/screenshots/phone-*) are for looking at.
 */
class PhoneScreensE2E extends EndToEnd {

    @Test
    void every_role_s_screens_fit_a_phone() {
        Map<String, List<String>> screens = new LinkedHashMap<>();
        screens.put("rt003.medono", List.of("/usulan", "/usulan/baru", "/tugas"));
        screens.put("rw002.medono", List.of("/tugas"));
        screens.put("staf.medono", List.of("/forum"));
        screens.put("lurah.medono",
                List.of("/rencana-kegiatan-kelurahan", "/anggaran-dana-kelurahan", "/kegiatan-kelurahan"));
        screens.put("pokmas.medono", List.of("/kegiatan-kelurahan"));
        screens.put("pkk.medono", List.of("/program-lkk"));
        screens.put("camat.barat", List.of("/forum", "/anggaran-dana-kelurahan"));
        screens.put("admin.bappeda",
                List.of("/pagu-dana-kelurahan", "/anggaran-dana-kelurahan", "/pembagian-tema-lkk", "/musim-perencanaan",
                        "/hari-libur"));
        screens.put("lks.harapan", List.of("/lks/saya"));
        screens.put("dinsos", List.of("/lks/laporan", "/lks/registri"));
        screens.put("lkks", List.of("/lks/registri"));
        screens.put("admin", List.of("/admin/pengguna", "/admin/wilayah", "/admin/opd", "/referensi/klasifikasi"));

        List<String> tooWide = new ArrayList<>();
        for (var entry : screens.entrySet()) {
            Page page = signIn(browser.phone(), entry.getKey());
            for (String path : entry.getValue()) {
                check(page, path, entry.getKey(), tooWide);
            }
            page.context().close();
        }
        Page visitor = browser.phone();
        check(visitor, "/lks", "tamu", tooWide);
        check(visitor, "/kalender-musrenbang", "tamu", tooWide);
        assertThat(tooWide).as("screens that scroll sideways at 390 px").isEmpty();
    }

    private void check(Page page, String path, String who, List<String> tooWide) {
        page.navigate(url(path));
        page.waitForLoadState();
        assertThat(page.locator("vaadin-app-layout, .mf-page").first()).isVisible();
        assertThat(page.locator("body")).not().containsText("Terjadi kesalahan");
        String name = "phone-" + who.replace('.', '-') + path.replace('/', '-');
        Browser.screenshot(page, name);
        int width = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
        if (width > Browser.PHONE_WIDTH) {
            tooWide.add(path + " as " + who + ": " + width + " px");
        }
    }

}

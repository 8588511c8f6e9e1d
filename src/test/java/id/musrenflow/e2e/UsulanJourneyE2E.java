package id.musrenflow.e2e;

import id.musrenflow.TestTime;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import id.musrenflow.proposal.ForumAgendas;
import id.musrenflow.proposal.ForumService;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole usulan journey in real Chromium, every step through the screens its user works on: an RT head submits a
 * physical usulan with a photo and a map point; the RW endorses it; the kelurahan verifies it; the kelurahan forum
 * forwards it; the kecamatan team finds it feasible and the kecamatan forum agrees; the OPD accepts it; Bappeda puts
 * it in the RKPD. The RT head then sees every step on the timeline and on the public tracking page.
 */
class UsulanJourneyE2E extends EndToEnd {

    private static final String MEDONO = "33.75.01.1002";
    private static final Pattern NUMBER = Pattern.compile("U-\\d{4}-\\d{10}-\\d{4}");

    @Autowired
    private ForumService forums;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void an_rt_usulan_goes_from_the_rt_head_to_the_rkpd_and_the_rt_head_sees_every_step() throws Exception {
        // the forums decide whole lists: usulan other tests left waiting there are decided first
        ForumAgendas.clearMedonoAndPekalonganBarat(forums);

        // 1. the RT head writes the usulan, marks the spot, saves, adds a photo and submits
        Page rt = signIn(browser.desktop(), "rt003.medono");
        rt.navigate(url("/usulan/baru"));
        pickFromComboBox(rt, "usulan-kamus", "drainase");
        rt.locator("#usulan-judul input").fill("Normalisasi saluran Gang Mawar");
        rt.locator("#usulan-masalah textarea").fill("Saluran tersumbat sedimen, air meluap ke rumah warga saat hujan");
        rt.locator("#usulan-alamat input").fill("Gang Mawar, belakang musala Al-Ikhlas");
        rt.locator("#usulan-volume input").fill("120");
        rt.locator("#usulan-lat input").fill("-6.8886");
        rt.locator("#usulan-lng input").fill("109.6753");
        rt.locator("#usulan-lng input").press("Tab");
        rt.locator("#usulan-simpan").click();
        rt.waitForURL(u -> NUMBER.matcher(u).find() || u.matches(".*/usulan/\\d+$"));
        assertThat(rt.locator("#usulan-status")).hasText("Draf");
        String number = numberOn(rt);

        // a program renamed .jpg is refused: the widget marks that file as failed, no green check
        Path fake = Files.createTempFile("bukan-foto", ".jpg");
        Files.write(fake, "MZ ini program, bukan foto".getBytes());
        rt.locator("#usulan-upload-foto input[type=file]").setInputFiles(fake);
        assertThat(rt.locator("#usulan-upload-foto vaadin-upload-file[error]")).hasCount(1);
        assertThat(rt.locator("#usulan-upload-foto vaadin-upload-file[complete]")).hasCount(0);
        assertThat(rt.locator("#usulan-galeri-foto img")).hasCount(0);
        rt.locator("#usulan-upload-foto input[type=file]").setInputFiles(photo());
        assertThat(rt.locator("#usulan-galeri-foto img")).hasCount(1);
        Browser.screenshot(rt, "journey-1-usulan-draf-desktop");
        rt.locator("#usulan-ajukan").click();
        assertThat(rt.locator("#usulan-status")).hasText("Diajukan ke RW");
        String proposalPage = rt.url();

        // 2. the RW head, on a phone, endorses it as an RW priority
        Page rw = signIn(browser.phone(), "rw002.medono");
        rw.navigate(url("/tugas"));
        assertThat(rw.locator("#tugas-grid")).containsText(number);
        Browser.screenshot(rw, "journey-2-tugas-rw-phone");
        assertNoSidewaysScrolling(rw);
        openTask(rw, number);
        assertThat(rw.locator("#usulan-foto img")).hasCount(1);
        assertThat(rw.locator("#usulan-lokasi #usulan-peta .leaflet-marker-icon")).isVisible();
        Browser.screenshot(rw, "journey-2-telaah-rw-phone");
        assertNoSidewaysScrolling(rw);
        choose(rw, "Field_Keputusan", "Setujui sebagai prioritas RW");
        rw.locator("#Field_Peringkat input").fill(String.valueOf(nextFreeRwRank()));
        send(rw);

        // 3. the kelurahan verifies it (pra-musrenbang)
        Page kelurahan = openTask(signIn(browser.desktop(), "staf.medono"), number);
        kelurahan.locator("#Field_PeriksaVolume").click();
        kelurahan.locator("#Field_PeriksaLokasi").click();
        kelurahan.locator("#Field_PeriksaDuplikat").click();
        choose(kelurahan, "Field_Keputusan", "Terverifikasi, lanjut ke musrenbang kelurahan");
        send(kelurahan);

        // 4. the musrenbang kelurahan forwards it to the kecamatan, confirmed once for the whole list
        kelurahan.navigate(url("/forum"));
        pickFromSelect(kelurahan, "forum-keputusan-" + number, "Teruskan ke kecamatan");
        Browser.screenshot(kelurahan, "journey-4-forum-kelurahan-desktop");
        kelurahan.locator("#forum-konfirmasi").click();
        kelurahan.locator("#forum-konfirmasi-ya").click();
        assertThat(kelurahan.locator("#forum-hasil-KECAMATAN")).containsText(number);

        // 5. the kecamatan team verifies it on site
        Page survey = openTask(signIn(browser.desktop(), "staf.barat"), number);
        survey.locator("#Field_TanggalSurvei input").fill(TestTime.startDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        survey.locator("#Field_TanggalSurvei input").press("Enter");
        choose(survey, "Field_Keputusan", "Layak");
        send(survey);

        // 6. the musrenbang kecamatan agrees
        Page camat = signIn(browser.desktop(), "camat.barat");
        camat.navigate(url("/forum"));
        pickFromSelect(camat, "forum-keputusan-" + number, "Disepakati");
        camat.locator("#forum-konfirmasi").click();
        camat.locator("#forum-konfirmasi-ya").click();
        assertThat(camat.locator("#forum-hasil-DISEPAKATI")).containsText(number);

        // 7. the OPD accepts it with an indicative ceiling
        Page opd = openTask(signIn(browser.desktop(), "opd.pupr"), number);
        choose(opd, "Field_Keputusan", "Diterima");
        opd.locator("#Field_PaguIndikatif input").fill("100000000");
        send(opd);

        // 8. Bappeda puts it in the RKPD
        Page bappeda = openTask(signIn(browser.desktop(), "bappeda"), number);
        choose(bappeda, "Field_Keputusan", "Masuk RKPD");
        Browser.screenshot(bappeda, "journey-8-keputusan-bappeda-desktop");
        send(bappeda);

        // 9. the RT head sees every step on the timeline, on a desktop and on a phone, and on the public page
        rt.navigate(proposalPage);
        assertThat(rt.locator("#usulan-status")).hasText("Masuk RKPD");
        Locator timeline = rt.locator("#usulan-riwayat");
        for (String step : List.of("Diajukan ke RW", "Prioritas RW", "Diajukan ke kelurahan", "Terverifikasi kelurahan",
                "Disepakati musrenbang kelurahan", "Diteruskan ke kecamatan", "Disepakati musrenbang kecamatan",
                "Verifikasi OPD", "Diterima OPD", "Masuk Renja OPD", "Masuk RKPD")) {
            assertThat(timeline).containsText(step);
        }
        Browser.screenshot(rt, "journey-9-usulan-rkpd-desktop");

        Page phone = signIn(browser.phone(), "rt003.medono");
        phone.navigate(proposalPage);
        assertThat(phone.locator("#usulan-status")).hasText("Masuk RKPD");
        Browser.screenshot(phone, "journey-9-usulan-rkpd-phone");
        assertNoSidewaysScrolling(phone);

        Page visitor = browser.phone();
        visitor.navigate(url("/lacak/" + number));
        assertThat(visitor.locator("#tracking-status")).containsText("Masuk RKPD");
        assertThat(visitor.locator("#tracking-timeline")).containsText("Disepakati musrenbang kecamatan");
        assertThat(visitor.locator("#tracking")).not().containsText("rt003.medono");
        Browser.screenshot(visitor, "journey-9-lacak-phone");
    }

    /** The RW head ranks the new usulan after those already on the RW list of this year. */
    private int nextFreeRwRank() {
        return jdbc.sql("select coalesce(max(peringkat_rw), 0) + 1 from usulan where kode_rw = ? and tahun = ?")
                .params(MEDONO + ".002", TestTime.PLANNING_YEAR).query(Integer.class).single();
    }

    /** Types into a combo box and takes the one item its filter leaves, with the keyboard as a person might. */
    /** Every usulan task is named after its usulan number. */
    @Override
    protected Page openTask(Page page, String number) {
        super.openTask(page, number);
        assertThat(page.locator("#tugas-nama")).containsText(number);
        return page;
    }

    private static void pickFromComboBox(Page page, String id, String text) {
        Locator input = page.locator("#" + id + " input");
        input.click();
        input.pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(20));
        assertThat(page.locator("vaadin-combo-box-item:visible")).hasCount(1);
        input.press("ArrowDown");
        input.press("Enter");
        assertThat(input).not().hasValue(text);
    }

    private static void pickFromSelect(Page page, String id, String label) {
        page.locator("#" + id).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(label)).first().click();
    }

    private static String numberOn(Page page) {
        Matcher matcher = NUMBER.matcher(page.locator("#usulan-judul-halaman").textContent()
                + " " + page.locator("body").innerText());
        assertThat(matcher.find()).as("the usulan number is shown").isTrue();
        return matcher.group();
    }

    private static Path photo() throws Exception {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(120, 110, 90));
        graphics.fillRect(0, 0, 640, 480);
        graphics.setColor(new Color(60, 90, 140));
        graphics.fillRect(0, 300, 640, 80);
        graphics.dispose();
        Path file = Files.createTempFile("saluran-0-persen", ".png");
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

}

package id.musrenflow.lks.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import id.musrenflow.KaribuTest;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.lks.Application;
import id.musrenflow.lks.DocumentType;
import id.musrenflow.lks.LksService;
import id.musrenflow.lks.RegistrationService;
import id.musrenflow.lks.RegistrationStatus;
import id.musrenflow.workflow.TaskInboxService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The LKS officer's page /lks/saya and the public list /lks, with the demo organisation of lks.harapan. */
class LksViewsTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    private LksService registry;
    @Autowired
    private RegistrationService registrations;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private TaskInboxService inbox;

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private String message() {
        return byId(Div.class, "lks-pesan").getText();
    }

    private void openMyOrganisation() {
        login("lks.harapan");
        useLocale(INDONESIAN);
        UI.getCurrent().navigate("lks/saya");
    }

    @Test
    void a_file_that_is_not_a_pdf_or_image_or_is_too_large_is_refused_in_indonesian() {
        openMyOrganisation();
        // every document's widget speaks Indonesian, not "Upload Files…" / "Drop files here"
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Upload.class)).isNotEmpty()
                .allSatisfy(upload -> assertThat(upload.getI18n().getDropFiles().getOne())
                        .isEqualTo("Lepaskan berkas di sini"));

        UploadKt._upload(byId(Upload.class, "lks-upload-AKTA_PENDIRIAN"), "akta.pdf", "application/pdf",
                "MZ\u0090 ini program, bukan dokumen".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(message()).isEqualTo(
                "Berkas bukan PDF, JPEG atau PNG yang sah. Unggah dokumen berformat PDF, JPG atau PNG.");

        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        UploadKt._upload(byId(Upload.class, "lks-upload-AKTA_PENDIRIAN"), "akta.pdf", "application/pdf", huge);
        assertThat(message()).isEqualTo("Berkas terlalu besar. Ukuran paling besar 5 MB.");
    }

    @Test
    void the_officer_uploads_the_checklist_and_submits_the_application() {
        openMyOrganisation();
        assertThat(_get(OrganisationProfile.class).getElement().getTextRecursively())
                .contains("LKS-HARAPAN-BANGSA", "Medono");
        assertThat(byId(Div.class, "lks-pengurus").getElement().getTextRecursively())
                .contains("Muhammad Ridwan", "3375********0001").doesNotContain("3375011203800001");

        for (DocumentType type : DocumentType.values()) {
            if (type.required()) {
                UploadKt._upload(byId(Upload.class, "lks-upload-" + type.name()), type.name() + ".pdf",
                        "application/pdf", PDF);
            }
        }
        assertThat(message()).isEqualTo("Dokumen tersimpan.");
        _click(byId(Button.class, "lks-ajukan"));

        assertThat(message()).isEqualTo("Permohonan diajukan ke Dinas Sosial.");
        AuthenticatedUser officer = users.loadUserByUsername("lks.harapan");
        long organisationId = registry.organisationOf(officer).orElseThrow().id();
        List<Application> applications = registrations.applications(organisationId, officer);
        assertThat(applications).hasSize(1);
        assertThat(applications.get(0).status()).isEqualTo(RegistrationStatus.DIAJUKAN);
        Div card = byId(Div.class, "lks-permohonan-" + applications.get(0).number());
        assertThat(card.getElement().getTextRecursively()).contains("Diajukan", "Pengurus LKS");
        assertThat(_find(Button.class, spec -> spec.withId("lks-ajukan"))).isEmpty();

        // the Dinas Sosial verifier decides beside the organisation, its documents and the history
        login("dinsos");
        useLocale(INDONESIAN);
        AuthenticatedUser dinsos = users.loadUserByUsername("dinsos");
        String taskId = inbox.inbox(dinsos).stream()
                .filter(t -> applications.get(0).number().equals(t.businessKey())).findFirst().orElseThrow().id();
        UI.getCurrent().navigate("tugas/" + taskId);
        Div context = byId(Div.class, "lks-konteks");
        assertThat(context.getElement().getTextRecursively())
                .contains("Panti Asuhan Harapan Bangsa", applications.get(0).number(), "NPWP.pdf", "Diajukan");
        assertThat(byId(Anchor.class, "lks-unduh-NPWP").getHref()).isNotBlank();
    }

    @Test
    void anyone_sees_registered_and_accredited_organisations_without_officers_or_nik() {
        UI.getCurrent().setLocale(INDONESIAN);
        UI.getCurrent().navigate("lks");

        String page = _get(PublicRegistryView.class).getElement().getTextRecursively();
        assertThat(page).contains("Panti Wreda Kasih Ibu", "Akreditasi B", "Panti Asuhan Mentari", "Akreditasi A",
                "Yayasan Cahaya Difabel Pekalongan", "LKS-3375-2026-0001");
        assertThat(page).doesNotContain("Hj. Maesaroh", "Nur Azizah", "Bagus Setiawan", "3375024107700004",
                "Perkumpulan Rehabilitasi Sosial Pelita Hati");
        assertThat(byId(Paragraph.class, "lks-publik-jumlah").getText()).isEqualTo(
                registry.publicRegistry().size() + " lembaga");
    }
}

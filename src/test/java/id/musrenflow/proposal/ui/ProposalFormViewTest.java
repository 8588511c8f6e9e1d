package id.musrenflow.proposal.ui;

import id.musrenflow.TestTime;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import id.musrenflow.KaribuTest;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.util.Map;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.RupiahField;
import id.musrenflow.proposal.Attachment;
import id.musrenflow.proposal.AttachmentType;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalReceipt;
import id.musrenflow.proposal.ProposalReceiptService;
import id.musrenflow.proposal.ProposalSummary;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The proposer's usulan form: drafts, submission, refused input kept in place, photos, withdrawal, territory. */
class ProposalFormViewTest extends KaribuTest {

    private static final String MEDONO = "33.75.01.1002";
    private static final String RT_003 = MEDONO + ".002.003";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private ProposalReceiptService receipts;
    @Autowired
    private java.time.Clock clock;

    @BeforeEach
    void signIn() {
        login("rt003.medono");
        useLocale(INDONESIAN);
    }

    private static <T extends com.vaadin.flow.component.Component> T byId(Class<T> type, String id) {
        return _get(type, spec -> spec.withId(id));
    }

    private void fillNonPhysical(String title) {
        _setValue(byId(TextField.class, "usulan-judul"), title);
        _setValue(byId(TextArea.class, "usulan-masalah"), "Banyak balita di bawah garis pertumbuhan");
        _setValue(byId(TextField.class, "usulan-alamat"), "Balai RW 002");
        _setValue(byId(Checkbox.class, "usulan-langsung"), true);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<ProposalKind> kind = byId(RadioButtonGroup.class, "usulan-jenis");
        _setValue(kind, ProposalKind.NON_FISIK);
        @SuppressWarnings("unchecked")
        Select<ProposalField> field = byId(Select.class, "usulan-bidang");
        _setValue(field, ProposalField.SOSIAL);
        _setValue(byId(TextField.class, "usulan-satuan"), "kegiatan");
        // typed as digits, read back grouped the Indonesian way
        RupiahField unitCost = byId(RupiahField.class, "usulan-harga-satuan");
        _setValue(_get(unitCost, TextField.class, spec -> { }), "3000000");
        assertThat(unitCost.text()).isEqualTo("3.000.000");
        assertThat(unitCost.getValue()).isEqualByComparingTo("3000000");
        _setValue(byId(BigDecimalField.class, "usulan-volume"), new BigDecimal("2"));
    }

    private void fillPaving(String title) {
        _setValue(byId(TextField.class, "usulan-judul"), title);
        _setValue(byId(TextArea.class, "usulan-masalah"), "Jalan gang berlubang dan tergenang saat hujan");
        _setValue(byId(TextField.class, "usulan-alamat"), "Gang Melati, depan musholla");
        @SuppressWarnings("unchecked")
        ComboBox<CatalogueItem> item = byId(ComboBox.class, "usulan-kamus");
        int year = TestTime.PLANNING_YEAR;
        _setValue(item, proposals.catalogue(year).stream().filter(c -> c.code().equals("PAVING")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no PAVING in the catalogue of " + year)));
        _setValue(byId(BigDecimalField.class, "usulan-volume"), new BigDecimal("120"));
        _setValue(byId(TextField.class, "usulan-lat"), "-6.888600");
        _setValue(byId(TextField.class, "usulan-lng"), "109,675300");
    }

    private ProposalSummary mine(String title) {
        return proposals.proposedBy("rt003.medono").stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    private String message() {
        return byId(Div.class, "usulan-pesan").getText();
    }

    private static byte[] png(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void a_non_physical_draft_is_saved_then_submitted() {
        UI.getCurrent().navigate("usulan/baru");
        assertThat(byId(Paragraph.class, "usulan-asal").getText()).contains("RT");
        fillNonPhysical("Kelas ibu balita form");
        assertThat(byId(Span.class, "usulan-biaya-hitung").getText()).contains("Rp 6.000.000");
        _click(byId(Button.class, "usulan-simpan"));

        ProposalSummary saved = mine("Kelas ibu balita form");
        assertThat(saved.status()).isEqualTo(ProposalStatus.DRAFT);
        assertThat(saved.cost()).isEqualByComparingTo("6000000");
        assertThat(saved.rtCodes()).containsExactly(RT_003);
        assertThat(byId(Span.class, "usulan-status").getText()).isEqualTo("Draf");
        assertThat(byId(TextField.class, "usulan-judul").getValue()).isEqualTo("Kelas ibu balita form");

        _click(byId(Button.class, "usulan-ajukan"));

        assertThat(proposals.find(saved.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        assertThat(byId(Span.class, "usulan-status").getText()).isEqualTo("Diajukan ke RW");
        assertThat(_find(Button.class, spec -> spec.withId("usulan-simpan"))).isEmpty();
        assertThat(byId(TextField.class, "usulan-judul").isReadOnly()).isTrue();
        assertThat(byId(com.vaadin.flow.component.html.OrderedList.class, "usulan-riwayat").getElement()
                .getTextRecursively()).contains("Draf → Diajukan ke RW", "Ketua RT");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, spec -> spec.withId("usulan-lacak")).getHref())
                .isEqualTo("lacak/" + saved.number());
    }

    @Test
    void submitting_gives_a_receipt_with_number_title_date_name_and_a_qr_code_to_the_public_page() throws Exception {
        UI.getCurrent().navigate("usulan/baru");
        fillNonPhysical("Kelas ibu balita tanda terima");
        _click(byId(Button.class, "usulan-ajukan"));

        ProposalSummary submitted = mine("Kelas ibu balita tanda terima");
        assertThat(submitted.status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        com.vaadin.flow.component.dialog.Dialog dialog = byId(com.vaadin.flow.component.dialog.Dialog.class,
                "usulan-tanda-terima");
        assertThat(dialog.isOpened()).isTrue();
        java.time.LocalDateTime at = proposals.history(submitted.id()).stream()
                .filter(c -> c.from() == ProposalStatus.DRAFT).findFirst().orElseThrow().at();
        assertThat(at.toLocalDate()).isEqualTo(java.time.LocalDate.now(clock));
        String when = id.musrenflow.base.IndonesianDates.dateTime(at, INDONESIAN);
        assertThat(byId(Paragraph.class, "tanda-terima-nomor").getText()).isEqualTo(submitted.number());
        assertThat(byId(Paragraph.class, "tanda-terima-judul").getText()).isEqualTo("Kelas ibu balita tanda terima");
        assertThat(byId(Paragraph.class, "tanda-terima-tanggal").getText()).isEqualTo(when);
        assertThat(byId(Paragraph.class, "tanda-terima-pengusul").getText())
                .startsWith("Ketua RT 003").endsWith("(Slamet Riyadi)").doesNotContain("rt003.medono", "ketua-rt:");
        String url = "http://localhost:8080/lacak/" + submitted.number();
        assertThat(byId(com.vaadin.flow.component.html.Anchor.class, "tanda-terima-lacak").getHref()).isEqualTo(url);

        ProposalReceipt receipt = receipts.receipt(submitted.id(), "rt003.medono");
        assertThat(decode(ImageIO.read(new java.io.ByteArrayInputStream(receipts.qrPng(receipt))))).isEqualTo(url);
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(receipts.pdf(receipt))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("TANDA TERIMA USULAN",
                    submitted.number(), "Kelas ibu balita tanda terima", when, "Slamet Riyadi", url);
            var resources = pdf.getPage(0).getResources();
            java.util.List<String> codes = new java.util.ArrayList<>();
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                    codes.add(decode(image.getImage()));
                }
            }
            assertThat(codes).containsExactly(url);
        }

        _click(byId(Button.class, "tanda-terima-tutup"));
        UI.getCurrent().navigate("usulan/" + submitted.id());
        _click(byId(Button.class, "usulan-tanda-terima-buka"));
        assertThat(byId(Paragraph.class, "tanda-terima-nomor").getText()).isEqualTo(submitted.number());
        assertThatThrownBy(() -> receipts.receipt(submitted.id(), "rt001.medono"))
                .isInstanceOf(id.musrenflow.base.BusinessException.class);
    }

    private static String decode(BufferedImage image) throws Exception {
        return new com.google.zxing.qrcode.QRCodeReader().decode(new com.google.zxing.BinaryBitmap(
                new com.google.zxing.common.HybridBinarizer(new com.google.zxing.client.j2se.BufferedImageLuminanceSource(
                        image)))).getText();
    }

    @Test
    void refused_input_is_explained_in_indonesian_and_stays_in_the_form() {
        UI.getCurrent().navigate("usulan/baru");
        fillNonPhysical("");
        _setValue(byId(BigDecimalField.class, "usulan-volume"), new BigDecimal("-5"));
        _setValue(byId(TextArea.class, "usulan-masalah"), "<script>alert(1)</script>");
        int before = proposals.proposedBy("rt003.medono").size();

        _click(byId(Button.class, "usulan-simpan"));

        TextField title = byId(TextField.class, "usulan-judul");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Judul usulan wajib diisi.");
        BigDecimalField volume = byId(BigDecimalField.class, "usulan-volume");
        assertThat(volume.isInvalid()).isTrue();
        assertThat(volume.getErrorMessage()).startsWith("Volume harus lebih dari 0");
        assertThat(volume.getValue()).isEqualByComparingTo("-5");
        TextArea problem = byId(TextArea.class, "usulan-masalah");
        assertThat(problem.isInvalid()).isTrue();
        assertThat(problem.getErrorMessage()).contains("tidak boleh berisi kode HTML");
        assertThat(problem.getValue()).isEqualTo("<script>alert(1)</script>");
        assertThat(byId(TextField.class, "usulan-alamat").getValue()).isEqualTo("Balai RW 002");
        assertThat(message()).contains("Belum ada yang disimpan");
        assertThat(proposals.proposedBy("rt003.medono")).hasSize(before);
    }

    @Test
    void a_different_cost_needs_a_reason() {
        UI.getCurrent().navigate("usulan/baru");
        fillNonPhysical("Biaya diubah tanpa alasan");
        _setValue(byId(RupiahField.class, "usulan-biaya"), new BigDecimal("7500000"));

        _click(byId(Button.class, "usulan-simpan"));

        TextArea reason = byId(TextArea.class, "usulan-alasan-biaya");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Biaya berbeda dari volume x harga satuan");
        assertThat(byId(RupiahField.class, "usulan-biaya").getValue()).isEqualByComparingTo("7500000");
        assertThat(proposals.proposedBy("rt003.medono")).noneMatch(p -> p.title().equals("Biaya diubah tanpa alasan"));

        _setValue(reason, "Harga material naik di 2027");
        _click(byId(Button.class, "usulan-simpan"));
        assertThat(mine("Biaya diubah tanpa alasan").cost()).isEqualByComparingTo("7500000");
    }

    @Test
    void a_physical_usulan_needs_a_photo_then_a_map_point_before_submission() throws Exception {
        UI.getCurrent().navigate("usulan/baru");
        assertThat(byId(Paragraph.class, "usulan-foto-petunjuk").getText()).contains("Simpan draf terlebih dahulu");
        fillPaving("Paving gang Melati form");
        assertThat(byId(TextField.class, "usulan-satuan").getValue()).isEqualTo("m2");
        _click(byId(Button.class, "usulan-simpan"));
        ProposalSummary saved = mine("Paving gang Melati form");
        assertThat(saved.cost()).isEqualByComparingTo("16200000");

        _click(byId(Button.class, "usulan-ajukan"));
        assertThat(message()).isEqualTo("Usulan fisik wajib dilengkapi paling sedikit satu foto kondisi 0 persen.");
        assertThat(proposals.find(saved.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DRAFT);

        // the widget's own texts in Indonesian, not "Upload Files…" / "Drop files here"
        for (String id : List.of("usulan-upload-foto", "usulan-upload-bukti-lahan")) {
            assertThat(byId(Upload.class, id).getI18n().getAddFiles().getMany()).isEqualTo("Pilih berkas…");
            assertThat(byId(Upload.class, id).getI18n().getDropFiles().getMany()).isEqualTo("Lepaskan berkas di sini");
        }
        UploadKt._upload(byId(Upload.class, "usulan-upload-foto"), "kondisi-0.png", "image/png", png(640, 480));
        UploadKt._upload(byId(Upload.class, "usulan-upload-bukti-lahan"), "sertifikat.png", "image/png", png(300, 400));
        List<Attachment> attachments = proposals.attachments(saved.id());
        assertThat(attachments).extracting(Attachment::type).containsExactly(AttachmentType.FOTO, AttachmentType.BUKTI_LAHAN);
        assertThat(attachments).allMatch(Attachment::hasThumbnail);
        assertThat(_find(byId(Div.class, "usulan-galeri-foto"), Image.class, spec -> { })).hasSize(1);

        _setValue(byId(TextField.class, "usulan-lat"), "");
        _setValue(byId(TextField.class, "usulan-lng"), "");
        _click(byId(Button.class, "usulan-ajukan"));
        assertThat(message()).isEqualTo("Usulan fisik wajib dilengkapi titik peta.");
        assertThat(byId(TextField.class, "usulan-lat").isInvalid()).isTrue();
        // the refused submission changed nothing: the stored point is still there
        assertThat(proposals.find(saved.id()).orElseThrow().latitude()).isEqualByComparingTo("-6.888600");

        _setValue(byId(TextField.class, "usulan-lat"), "-5.5");
        _setValue(byId(TextField.class, "usulan-lng"), "109.6");
        _click(byId(Button.class, "usulan-ajukan"));
        assertThat(byId(TextField.class, "usulan-lat").getErrorMessage()).contains("di luar Kota Pekalongan");

        _get(MapPointPicker.class).pick(-6.8901234, 109.6712345);
        assertThat(byId(TextField.class, "usulan-lat").getValue()).isEqualTo("-6.890123");
        _click(byId(Button.class, "usulan-ajukan"));
        assertThat(proposals.find(saved.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
    }

    @Test
    void a_saved_map_point_reopens_without_an_error_and_a_corrected_pair_loses_its_message() {
        UI.getCurrent().navigate("usulan/baru");
        fillPaving("Paving titik tersimpan");
        _click(byId(Button.class, "usulan-simpan"));
        ProposalSummary saved = mine("Paving titik tersimpan");

        UI.getCurrent().navigate("usulan/" + saved.id());
        TextField latitude = byId(TextField.class, "usulan-lat");
        assertThat(latitude.getValue()).isEqualTo("-6.888600");
        assertThat(byId(TextField.class, "usulan-lng").getValue()).isEqualTo("109.675300");
        assertThat(latitude.isInvalid()).as("a stored point inside the city is not an error").isFalse();

        // typing the pair one field at a time: the half-typed pair is named as such, and the message goes with the fix
        _setValue(byId(TextField.class, "usulan-lng"), "");
        assertThat(latitude.isInvalid()).isTrue();
        assertThat(latitude.getErrorMessage()).startsWith("Isi lintang dan bujur keduanya");
        _setValue(byId(TextField.class, "usulan-lng"), "109.6800");
        assertThat(latitude.isInvalid()).isFalse();
        _setValue(byId(TextField.class, "usulan-lng"), "110.5");
        assertThat(latitude.getErrorMessage()).contains("di luar Kota Pekalongan");
        _setValue(byId(TextField.class, "usulan-lng"), "109.6753");
        assertThat(latitude.isInvalid()).isFalse();
    }

    @Test
    void a_problem_text_longer_than_allowed_stays_whole_and_is_marked_not_cut() {
        UI.getCurrent().navigate("usulan/baru");
        fillNonPhysical("Masalah terlalu panjang");
        String pasted = "Saluran tersumbat sampah dan lumpur. ".repeat(125); // 4.625 characters
        TextArea problem = byId(TextArea.class, "usulan-masalah");
        _setValue(problem, pasted);
        assertThat(problem.getMaxLength()).as("no browser limit that would cut a paste").isZero();
        assertThat(problem.getHelperText()).isEqualTo(
                "Terlalu panjang: 4.625 karakter, paling banyak 4.000. Singkatkan; teks Anda tetap utuh di sini.");

        _click(byId(Button.class, "usulan-simpan"));
        assertThat(problem.isInvalid()).isTrue();
        assertThat(problem.getErrorMessage()).startsWith("Terlalu panjang: 4.625 karakter");
        assertThat(problem.getValue()).isEqualTo(pasted);
        assertThat(proposals.proposedBy("rt003.medono")).noneMatch(p -> p.title().equals("Masalah terlalu panjang"));

        _setValue(problem, pasted.substring(0, 3_990));
        assertThat(problem.isInvalid()).isFalse();
        assertThat(problem.getHelperText()).isEqualTo("3.990 / 4.000 karakter");
        _click(byId(Button.class, "usulan-simpan"));
        assertThat(mine("Masalah terlalu panjang").status()).isEqualTo(ProposalStatus.DRAFT);
    }

    @Test
    void files_that_are_not_real_images_or_too_large_are_refused() throws Exception {
        UI.getCurrent().navigate("usulan/baru");
        fillNonPhysical("Foto ditolak");
        _click(byId(Button.class, "usulan-simpan"));
        ProposalSummary saved = mine("Foto ditolak");

        UploadKt._upload(byId(Upload.class, "usulan-upload-foto"), "foto.jpg", "image/jpeg",
                "MZ\u0090 ini program, bukan foto".getBytes());
        assertThat(message()).isEqualTo("Berkas bukan foto JPEG atau PNG yang sah. Unggah foto berformat JPG atau PNG.");

        byte[] huge = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 0x20);
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        UploadKt._upload(byId(Upload.class, "usulan-upload-foto"), "besar.jpg", "image/jpeg", huge);
        assertThat(message()).isEqualTo("Berkas terlalu besar. Ukuran paling besar 5 MB.");
        assertThat(proposals.attachments(saved.id())).isEmpty();
        assertThat(byId(TextField.class, "usulan-judul").getValue()).isEqualTo("Foto ditolak");
    }

    @Test
    void the_proposer_withdraws_with_a_reason() {
        ProposalSummary usulan = submitted("Ditarik lewat form");
        UI.getCurrent().navigate("usulan/" + usulan.id());

        _click(byId(Button.class, "usulan-tarik"));
        _click(byId(Button.class, FormDialog.SAVE_ID));
        TextArea reason = byId(TextArea.class, "usulan-alasan-tarik");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);

        _setValue(reason, "Sudah didanai CSR perusahaan");
        _click(byId(Button.class, FormDialog.SAVE_ID));

        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.DIBATALKAN);
        assertThat(byId(Span.class, "usulan-status").getText()).isEqualTo("Dibatalkan pengusul");
        assertThat(_find(Button.class, spec -> spec.withId("usulan-tarik"))).isEmpty();
    }

    @Test
    void a_returned_usulan_shows_the_reason_and_is_resubmitted_with_a_note() {
        ProposalSummary usulan = submitted("Dikembalikan RW form");
        AuthenticatedUser rw = users.loadUserByUsername("rw002.medono");
        InboxTask task = inbox.inbox(rw).stream().filter(t -> usulan.number().equals(t.businessKey())).findFirst()
                .orElseThrow();
        inbox.complete(task.id(), rw, Map.of("keputusan", "KEMBALIKAN", "kodeAlasan", "LOKASI_SALAH",
                "alasan", "Sebutkan nama gang dan patokan"), Map.of());
        UI.getCurrent().navigate("usulan/" + usulan.id());

        assertThat(byId(Div.class, "usulan-alasan-kembali").getElement().getTextRecursively())
                .contains("Alamat/lokasi salah", "Sebutkan nama gang dan patokan");
        _setValue(byId(TextField.class, "usulan-alamat"), "Balai RW 002, Gang Melati 3");
        _click(byId(Button.class, "usulan-ajukan-revisi"));
        TextArea note = byId(TextArea.class, "usulan-catatan-revisi");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Tuliskan apa yang Anda perbaiki.");
        assertThat(byId(TextField.class, "usulan-alamat").getValue()).isEqualTo("Balai RW 002, Gang Melati 3");
        assertThat(proposals.find(usulan.id()).orElseThrow().status()).isEqualTo(ProposalStatus.PERLU_REVISI);

        _setValue(note, "Nama gang ditambahkan");
        _click(byId(Button.class, "usulan-ajukan-revisi"));

        ProposalSummary revised = proposals.find(usulan.id()).orElseThrow();
        assertThat(revised.status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        assertThat(revised.address()).isEqualTo("Balai RW 002, Gang Melati 3");
        assertThat(byId(com.vaadin.flow.component.html.H2.class, "usulan-judul-halaman").getText())
                .isEqualTo("Dikembalikan RW form (Revisi)");
        assertThat(byId(com.vaadin.flow.component.html.OrderedList.class, "usulan-riwayat").getElement()
                .getTextRecursively()).contains("Perlu revisi → Diajukan ke RW", "Catatan: Nama gang ditambahkan");
    }

    @Test
    void another_rt_head_cannot_open_the_usulan() {
        ProposalSummary usulan = submitted("Rahasia RT 003");
        login("rt001.medono");
        useLocale(INDONESIAN);
        UI.getCurrent().navigate("usulan/" + usulan.id());

        assertThat(byId(Paragraph.class, "usulan-ditolak").getText())
                .isEqualTo("Usulan ini tidak ditemukan atau berada di luar wilayah Anda.");
        assertThat(_get(ProposalFormView.class).getElement().getTextRecursively())
                .doesNotContain("Rahasia RT 003", usulan.number());
        assertThat(_find(TextField.class, spec -> spec.withId("usulan-judul"))).isEmpty();
    }

    private ProposalSummary submitted(String title) {
        ProposalDraft draft = new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, MEDONO + ".002",
                List.of(RT_003), "Balai RW 002", null, null, ProposalKind.NON_FISIK, ProposalField.SOSIAL, null, title,
                "Balita di bawah garis pertumbuhan", null, null, 40, "ibu balita", BigDecimal.ONE, "kegiatan",
                new BigDecimal("3000000"), null, null, null, null, null);
        return proposals.submit(proposals.createDraft(draft, "rt003.medono").id(), "rt003.medono");
    }
}

package id.musrenflow.proposal;

import id.musrenflow.TestTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Return for revision and resubmission on PostgreSQL, edits with an optimistic lock, and who may read an usulan. */
class RevisionIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final String RW_002 = MEDONO + ".002";
    private static final String RT_003 = RW_002 + ".003";

    @Autowired
    private ProposalService proposals;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private static ProposalDraft draft(String title, ProposalKind kind, BigDecimal volume) {
        return new ProposalDraft(TestTime.PLANNING_YEAR, ProposalOrigin.RT, MEDONO, RW_002, List.of(RT_003), "Balai RW 002", null, null,
                kind, ProposalField.SOSIAL, null, title, "Banyak balita di bawah garis pertumbuhan", null, null, 40,
                "ibu balita", volume, "kegiatan", new BigDecimal("3000000"), null, null, null, null, null);
    }

    private ProposalSummary returnedByRw(String title) {
        ProposalSummary created = proposals.createDraft(draft(title, ProposalKind.NON_FISIK, BigDecimal.ONE), "rt003.medono");
        ProposalSummary usulan = proposals.submit(created.id(), "rt003.medono");
        InboxTask task = inbox.inbox(user("rw002.medono")).stream()
                .filter(t -> usulan.number().equals(t.businessKey())).findFirst().orElseThrow();
        inbox.complete(task.id(), user("rw002.medono"), Map.of("keputusan", "KEMBALIKAN", "kodeAlasan", "LOKASI_SALAH",
                "alasan", "Alamat kurang jelas, sebutkan gang dan patokan"), Map.of());
        return proposals.find(usulan.id()).orElseThrow();
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void a_returned_usulan_is_resubmitted_with_its_corrections_and_keeps_its_number() {
        ProposalSummary returned = returnedByRw("Kelas ibu balita RW 002");
        assertThat(returned.status()).isEqualTo(ProposalStatus.PERLU_REVISI);
        assertThat(proposals.history(returned.id())).last().satisfies(step -> {
            assertThat(step.reasonCode()).isEqualTo("LOKASI_SALAH");
            assertThat(step.reason()).contains("Alamat kurang jelas");
        });

        ProposalDraft corrected = draft("Kelas ibu balita RW 002", ProposalKind.NON_FISIK, new BigDecimal("2"));
        corrected = new ProposalDraft(corrected.year(), corrected.origin(), corrected.kelurahanCode(), corrected.rwCode(),
                corrected.rtCodes(), "Balai RW 002, Gang Melati 3", null, null, corrected.kind(), corrected.field(), null,
                corrected.title(), corrected.problem(), null, null, 40, "ibu balita", new BigDecimal("2"), "kegiatan",
                new BigDecimal("3000000"), null, null, null, null, null);
        ProposalSummary resubmitted = proposals.resubmitRevision(returned.id(), corrected, returned.version(),
                "Alamat dilengkapi dengan nama gang", "rt003.medono");

        assertThat(resubmitted.status()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        assertThat(resubmitted.number()).isEqualTo(returned.number());
        assertThat(resubmitted.displayTitle()).isEqualTo("Kelas ibu balita RW 002 (Revisi)");
        assertThat(resubmitted.address()).isEqualTo("Balai RW 002, Gang Melati 3");
        assertThat(resubmitted.cost()).isEqualByComparingTo("6000000");
        StatusChange last = proposals.history(returned.id()).get(proposals.history(returned.id()).size() - 1);
        assertThat(last.from()).isEqualTo(ProposalStatus.PERLU_REVISI);
        assertThat(last.to()).isEqualTo(ProposalStatus.DIAJUKAN_RW);
        assertThat(last.actor()).isEqualTo("rt003.medono");
        assertThat(last.note()).isEqualTo("Alamat dilengkapi dengan nama gang");
        assertThat(last.reasonCode()).isNull();
        assertThat(inbox.inbox(user("rw002.medono"))).anyMatch(t -> returned.number().equals(t.businessKey()));
        assertThat(inbox.inbox(user("rt003.medono"))).noneMatch(t -> returned.number().equals(t.businessKey()));
    }

    @Test
    void a_refused_resubmission_changes_nothing() {
        ProposalSummary returned = returnedByRw("Posyandu lansia");
        ProposalDraft withHtml = draft("<b>Posyandu</b>", ProposalKind.NON_FISIK, BigDecimal.ONE);
        assertThatThrownBy(() -> proposals.resubmitRevision(returned.id(), withHtml, returned.version(),
                "Judul diperbaiki", "rt003.medono")).extracting("messageKey").isEqualTo("usulan.error.html");
        assertThatThrownBy(() -> proposals.resubmitRevision(returned.id(), draft("Posyandu lansia", ProposalKind.NON_FISIK,
                BigDecimal.ONE), returned.version(), "  ", "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.revisi.error.catatan-wajib");
        // a physical usulan still needs a photo and a map point, and the fields stay as they were
        assertThatThrownBy(() -> proposals.resubmitRevision(returned.id(), draft("Posyandu lansia baru", ProposalKind.FISIK,
                BigDecimal.ONE), returned.version(), "Diubah menjadi fisik", "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.foto-wajib");
        ProposalSummary after = proposals.find(returned.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ProposalStatus.PERLU_REVISI);
        assertThat(after.title()).isEqualTo("Posyandu lansia");
        assertThat(after.kind()).isEqualTo(ProposalKind.NON_FISIK);
        assertThat(after.version()).isEqualTo(returned.version());
        assertThat(after.revision()).isZero();
        // only the proposer resubmits
        assertThatThrownBy(() -> proposals.resubmitRevision(returned.id(), draft("Posyandu lansia", ProposalKind.NON_FISIK,
                BigDecimal.ONE), returned.version(), "Saya perbaiki", "rt001.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.bukan-milik-anda");
    }

    @Test
    void an_edit_based_on_an_old_version_is_refused() {
        ProposalSummary created = proposals.createDraft(draft("Pelatihan kader", ProposalKind.NON_FISIK, BigDecimal.ONE),
                "rt003.medono");
        ProposalSummary first = proposals.updateDraft(created.id(), draft("Pelatihan kader posyandu",
                ProposalKind.NON_FISIK, BigDecimal.ONE), created.version(), "rt003.medono");
        assertThat(first.version()).isGreaterThan(created.version());
        assertThat(first.number()).isEqualTo(created.number());

        assertThatThrownBy(() -> proposals.updateDraft(created.id(), draft("Pelatihan kader lama", ProposalKind.NON_FISIK,
                BigDecimal.ONE), created.version(), "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.diubah-bersamaan");
        assertThat(proposals.find(created.id()).orElseThrow().title()).isEqualTo("Pelatihan kader posyandu");

        proposals.submit(created.id(), "rt003.medono");
        long submittedVersion = proposals.find(created.id()).orElseThrow().version();
        assertThatThrownBy(() -> proposals.updateDraft(created.id(), draft("Sesudah diajukan", ProposalKind.NON_FISIK,
                BigDecimal.ONE), submittedVersion, "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.tidak-bisa-diubah");
    }

    @Test
    void images_are_checked_thumbnailed_and_removable_only_while_editable() throws Exception {
        ProposalSummary created = proposals.createDraft(draft("Drainase", ProposalKind.NON_FISIK, BigDecimal.ONE),
                "rt003.medono");
        proposals.uploadImage(created.id(), AttachmentType.FOTO, "C:\\foto\\kondisi.png", png(), "rt003.medono");
        assertThatThrownBy(() -> proposals.uploadImage(created.id(), AttachmentType.FOTO, "virus.jpg",
                "MZ this is not an image".getBytes(), "rt003.medono"))
                .extracting("messageKey").isEqualTo("usulan.foto.error.bukan-gambar");
        assertThatThrownBy(() -> proposals.uploadImage(created.id(), AttachmentType.FOTO, "foto.png", png(),
                "rt001.medono")).extracting("messageKey").isEqualTo("usulan.error.bukan-milik-anda");

        Attachment photo = proposals.attachments(created.id()).get(0);
        assertThat(photo.fileName()).isEqualTo("kondisi.png");
        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.hasThumbnail()).isTrue();
        BufferedImage thumbnail = ImageIO.read(new java.io.ByteArrayInputStream(
                proposals.attachmentContent(created.id(), photo.id(), true).orElseThrow()));
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);

        assertThatThrownBy(() -> proposals.removeAttachment(created.id(), photo.id(), "rt001.medono"))
                .extracting("messageKey").isEqualTo("usulan.error.bukan-milik-anda");
        proposals.removeAttachment(created.id(), photo.id(), "rt003.medono");
        assertThat(proposals.attachments(created.id())).isEmpty();
    }

    @Test
    void an_usulan_is_readable_by_its_proposer_and_the_positions_covering_it_only() {
        ProposalSummary created = proposals.createDraft(draft("Bank sampah RT 003", ProposalKind.NON_FISIK, BigDecimal.ONE),
                "rt003.medono");
        // a draft is the proposer's own
        assertThat(proposals.readable(created.id(), user("rt003.medono")).summary().number()).isEqualTo(created.number());
        assertThatThrownBy(() -> proposals.readable(created.id(), user("rw002.medono")))
                .extracting("messageKey").isEqualTo("usulan.error.tidak-dapat-dibuka");

        proposals.submit(created.id(), "rt003.medono");
        for (String reader : List.of("rt003.medono", "rw002.medono", "lurah.medono", "staf.medono", "lpm.medono",
                "camat.barat", "bappeda", "pemantau", "admin")) {
            assertThat(proposals.readable(created.id(), user(reader)).summary().id()).as(reader).isEqualTo(created.id());
        }
        for (String stranger : List.of("rt001.medono", "lurah.podosugih", "opd.pupr", "dprd", "plt.lurah.sapuro")) {
            assertThatThrownBy(() -> proposals.readable(created.id(), user(stranger))).as(stranger)
                    .extracting("messageKey").isEqualTo("usulan.error.tidak-dapat-dibuka");
        }
        assertThatThrownBy(() -> proposals.readable(Long.MAX_VALUE, user("admin")))
                .extracting("messageKey").isEqualTo("usulan.error.tidak-dapat-dibuka");
    }
}

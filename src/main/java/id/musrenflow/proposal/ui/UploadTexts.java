package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload widget's own texts (drop hint, errors, progress) in the user's language instead of its English defaults. */
final class UploadTexts {

    private UploadTexts() {
    }

    static UploadI18N of(Component owner) {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(t(owner, "lepas")).setMany(t(owner, "lepas")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(t(owner, "pilih")).setMany(t(owner, "pilih")));
        texts.setError(new UploadI18N.Error().setTooManyFiles(t(owner, "error.terlalu-banyak"))
                .setFileIsTooBig(t(owner, "error.terlalu-besar"))
                .setIncorrectFileType(t(owner, "error.jenis")));
        texts.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(t(owner, "status.menghubungkan"))
                        .setStalled(t(owner, "status.tertahan")).setProcessing(t(owner, "status.memproses"))
                        .setHeld(t(owner, "status.menunggu")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix(t(owner, "sisa-waktu"))
                        .setUnknown(t(owner, "sisa-waktu.tidak-diketahui")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(t(owner, "error.server"))
                        .setUnexpectedServerError(t(owner, "error.server"))
                        .setForbidden(t(owner, "error.ditolak"))));
        texts.setFile(new UploadI18N.File().setRetry(t(owner, "ulangi")).setStart(t(owner, "mulai"))
                .setRemove(t(owner, "hapus")));
        texts.setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return texts;
    }

    private static String t(Component owner, String key) {
        return owner.getTranslation("kamus.unggah." + key);
    }
}

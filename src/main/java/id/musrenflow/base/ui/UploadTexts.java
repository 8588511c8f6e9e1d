package id.musrenflow.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/**
 * The upload widget's own texts (add button, drop hint, errors, progress) in the user's language: without them
 * every upload reads "Upload Files…" and "Drop files here" in the Indonesian UI. Every {@link Upload} passes here.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /** Sets the texts of the bundles (unggah.*) on the upload and returns it. */
    public static <U extends Upload> U localized(U upload) {
        upload.setI18n(of(upload));
        return upload;
    }

    static UploadI18N of(Upload owner) {
        UploadI18N texts = new UploadI18N();
        texts.setDropFiles(new UploadI18N.DropFiles().setOne(t(owner, "lepas")).setMany(t(owner, "lepas.banyak")));
        texts.setAddFiles(new UploadI18N.AddFiles().setOne(t(owner, "pilih")).setMany(t(owner, "pilih.banyak")));
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

    private static String t(Upload owner, String key) {
        return owner.getTranslation("unggah." + key);
    }
}

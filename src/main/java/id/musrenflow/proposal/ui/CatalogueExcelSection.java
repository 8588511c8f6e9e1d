package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.BoundedUploads;
import id.musrenflow.base.ui.UploadTexts;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.proposal.CatalogueImport;
import id.musrenflow.proposal.CatalogueProblem;
import id.musrenflow.proposal.CatalogueService;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;

/** Unduh Excel / Unggah Excel for the chosen year; an import's problems are listed by row and column. */
class CatalogueExcelSection extends Div {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

    private final transient CatalogueService catalogue;
    private final transient AuthenticatedUser user;
    private final IntSupplier year;
    private final Runnable imported;
    private final Anchor download;
    private final Div result = new Div();

    CatalogueExcelSection(CatalogueService catalogue, AuthenticatedUser user, IntSupplier year, Runnable imported) {
        this.catalogue = catalogue;
        this.user = user;
        this.year = year;
        this.imported = imported;
        addClassName("mf-card");
        download = new Anchor(DownloadHandler.fromInputStream(event -> {
            Locale locale = event.getUI() == null ? getLocale() : event.getUI().getLocale();
            int chosen = year.getAsInt();
            byte[] bytes = catalogue.exportWorkbook(chosen, (key, args) -> getTranslation(locale, key, args));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "kamus-usulan-" + chosen + ".xlsx", XLSX,
                    bytes.length);
        }), "");
        download.setId("kamus-unduh");
        download.getElement().setAttribute("download", true);
        Upload upload = UploadTexts.localized(new Upload(BoundedUploads.handler(MAX_IMPORT_BYTES,
                (name, content) -> importWorkbook(content))));
        upload.setId("kamus-unggah");
        upload.setAcceptedFileTypes(XLSX, ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMPORT_BYTES);
        upload.setUploadButton(new Button(getTranslation("kamus.excel.unggah"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(rejected -> show(List.of(new CatalogueProblem(0, null,
                "kamus.impor.error.berkas"))));
        result.setId("kamus-impor-hasil");
        result.getElement().setAttribute("role", "status");
        add(new H3(getTranslation("kamus.excel.judul")), new Paragraph(getTranslation("kamus.excel.petunjuk")),
                download, upload, result);
        yearChanged();
    }

    /** The download names the year; an earlier import's report belongs to the year it was for. */
    void yearChanged() {
        download.setText(getTranslation("kamus.excel.unduh", String.valueOf(year.getAsInt())));
        result.removeAll();
    }

    private void importWorkbook(byte[] content) {
        int chosen = year.getAsInt();
        if (content.length > MAX_IMPORT_BYTES) {
            BoundedUploads.refuse();
            show(List.of(new CatalogueProblem(0, null, "kamus.impor.error.berkas")));
            return;
        }
        try {
            CatalogueImport outcome = catalogue.importWorkbook(chosen, content, user);
            if (!outcome.stored()) {
                BoundedUploads.refuse();
            }
            show(outcome.problems());
            if (outcome.stored()) {
                result.add(new Paragraph(getTranslation("kamus.impor.tersimpan", String.valueOf(chosen),
                        outcome.added(), outcome.changed(), outcome.retired())));
                imported.run();
            }
        } catch (BusinessException refused) {
            BoundedUploads.refuse();
            show(List.of(new CatalogueProblem(0, null, refused.messageKey(), refused.arguments())));
        }
    }

    private void show(List<CatalogueProblem> problems) {
        result.removeAll();
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(describe(p))));
        Paragraph failed = new Paragraph(getTranslation("kamus.impor.gagal"));
        failed.addClassName("mf-warning");
        result.add(failed, list);
    }

    private String describe(CatalogueProblem p) {
        String message = getTranslation(p.messageKey(), p.arguments());
        if (p.row() == 0) {
            return message;
        }
        if (p.column() == null) {
            return getTranslation("kamus.impor.baris", String.valueOf(p.row()), message);
        }
        return getTranslation("kamus.impor.baris-kolom", String.valueOf(p.row()), p.column().letter(),
                getTranslation(p.column().labelKey()), message);
    }
}

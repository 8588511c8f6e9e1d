package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.BoundedUploads;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.RupiahInputs;
import id.musrenflow.base.ui.UploadTexts;
import id.musrenflow.danakelurahan.ImportProblem;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.PaguService;
import id.musrenflow.danakelurahan.PaguSummary;
import id.musrenflow.danakelurahan.PaguWorkbook;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The Bappeda admin enters the yearly pagu of dana kelurahan per kelurahan and sees how much is allocated. */
@Route("pagu-dana-kelurahan")
@RolesAllowed("BAPPEDA_ADMIN")
@Menu(title = "dana.nav.pagu", order = 85, icon = "vaadin:money")
@StyleSheet("context://styles/dana.css")
public class PaguView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int MAX_IMPORT_BYTES = 2 * 1024 * 1024;

    private final PaguService pagu;
    private final BigDecimal maxPagu;
    private final AuthenticatedUser user;
    private final List<Territory> kelurahan;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final ComboBox<Territory> place = new ComboBox<>();
    private final TextField amount = new TextField();
    private final Grid<PaguSummary> grid = new Grid<>();
    private final Div importResult = new Div();

    public PaguView(PaguService pagu, LkkProgrammeService programmes, RegionService regions,
                    AuthenticationContext authentication) {
        this.pagu = pagu;
        this.maxPagu = programmes.limits().maxPagu();
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        this.kelurahan = regions.byLevel(Level.KELURAHAN).stream().filter(Territory::active).toList();
        addClassNames("mf-page", "mf-dana");
        year.setId("pagu-tahun");
        year.setLabel(getTranslation("dana.program.tahun"));
        year.setItems(programmes.planningYear(), programmes.planningYear() - 1);
        year.setValue(programmes.planningYear());
        year.addValueChangeListener(e -> refresh());
        place.setId("pagu-kelurahan");
        place.setLabel(getTranslation("dana.pagu.kelurahan"));
        place.setItems(kelurahan);
        place.setItemLabelGenerator(Territory::name);
        amount.setId("pagu-nilai");
        amount.setLabel(getTranslation("dana.pagu.nilai"));
        RupiahInputs.grouped(amount);
        Button save = new Button(getTranslation("dana.pagu.simpan"), click -> save());
        save.setId("pagu-simpan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div entry = new Div(year, place, amount, save);
        entry.addClassName("mf-dana-actions");
        grid.setId("pagu-daftar");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(s -> nameOf(s.kelurahanCode())).setHeader(getTranslation("dana.pagu.kelurahan")).setFlexGrow(2);
        grid.addColumn(s -> Rupiah.format(s.pagu())).setHeader(getTranslation("dana.pagu.nilai")).setAutoWidth(true);
        grid.addColumn(s -> Rupiah.format(s.allocated())).setHeader(getTranslation("dana.pagu.teralokasi"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                place.setValue(kelurahan.stream().filter(t -> t.code().equals(e.getValue().kelurahanCode()))
                        .findFirst().orElse(null));
                amount.setValue(Rupiah.format(e.getValue().pagu()).replace("Rp ", ""));
            }
        });
        add(new H2(getTranslation("dana.nav.pagu")), entry, grid, importSection());
        refresh();
    }

    /** Template download and the upload of the filled-in workbook; its problems are listed by row. */
    private Div importSection() {
        Anchor template = new Anchor(DownloadHandler.fromInputStream(event -> {
            Locale locale = event.getUI() == null ? getLocale() : event.getUI().getLocale();
            int chosen = year.getValue();
            byte[] bytes = PaguWorkbook.template(chosen, pagu.templateRows(chosen),
                    (key, args) -> getTranslation(locale, key, args));
            return new DownloadResponse(new ByteArrayInputStream(bytes), "pagu-dana-kelurahan-" + chosen + ".xlsx",
                    XLSX, bytes.length);
        }), getTranslation("dana.pagu.impor.templat", year.getValue()));
        template.setId("pagu-templat");
        template.getElement().setAttribute("download", true);
        year.addValueChangeListener(e -> template.setText(getTranslation("dana.pagu.impor.templat", e.getValue())));
        Upload upload = UploadTexts.localized(new Upload(BoundedUploads.handler(MAX_IMPORT_BYTES,
                (name, content) -> importWorkbook(content))));
        upload.setId("pagu-unggah");
        upload.setAcceptedFileTypes(XLSX, ".xlsx");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMPORT_BYTES);
        upload.setUploadButton(new Button(getTranslation("dana.pagu.impor.unggah")));
        upload.addFileRejectedListener(rejected -> showImport(List.of(new ImportProblem(0,
                "dana.pagu.impor.error.berkas"))));
        importResult.setId("pagu-impor-hasil");
        importResult.getElement().setAttribute("role", "status");
        Div section = new Div(new H3(getTranslation("dana.pagu.impor.judul")),
                new Paragraph(getTranslation("dana.pagu.impor.petunjuk")), template, upload, importResult);
        section.addClassName("mf-card");
        return section;
    }

    private void importWorkbook(byte[] content) {
        int chosen = year.getValue();
        PaguWorkbook.Read read = content.length > MAX_IMPORT_BYTES
                ? new PaguWorkbook.Read(List.of(), List.of(new ImportProblem(0, "dana.pagu.impor.error.berkas")))
                : PaguWorkbook.read(content);
        List<ImportProblem> problems = read.problems();
        try {
            if (problems.isEmpty()) {
                problems = pagu.importPagu(chosen, read.rows(), user);
            }
        } catch (BusinessException refused) {
            problems = List.of(new ImportProblem(0, refused.messageKey(), refused.arguments()));
        }
        if (!problems.isEmpty()) {
            BoundedUploads.refuse();
        }
        showImport(problems);
        if (problems.isEmpty()) {
            importResult.add(new Paragraph(getTranslation("dana.pagu.impor.tersimpan", read.rows().size(), chosen)));
            refresh();
        }
    }

    private void showImport(List<ImportProblem> problems) {
        importResult.removeAll();
        if (problems.isEmpty()) {
            return;
        }
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(getTranslation(p.messageKey(), p.arguments()))));
        Paragraph failed = new Paragraph(getTranslation("dana.pagu.impor.gagal"));
        failed.addClassName("mf-warning");
        importResult.add(failed, list);
    }

    private void save() {
        BigDecimal value = Rupiah.parse(amount.getValue());
        // a negative amount is as wrong as no amount: said on the field, not only in a pop-up
        boolean badAmount = value == null || value.signum() < 0 || value.compareTo(maxPagu) > 0;
        amount.setInvalid(badAmount);
        amount.setErrorMessage(badAmount ? getTranslation("dana.pagu.error.nilai", Rupiah.format(maxPagu)) : null);
        place.setInvalid(place.getValue() == null);
        place.setErrorMessage(place.isInvalid() ? getTranslation("dana.pagu.error.kelurahan") : null);
        if (badAmount || place.getValue() == null) {
            return;
        }
        try {
            pagu.setPagu(year.getValue(), place.getValue().code(), value, user);
            Notices.success(getTranslation("dana.pagu.tersimpan"));
            refresh();
        } catch (BusinessException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (refused.messageKey().startsWith("dana.pagu.error.nilai")
                    || refused.messageKey().equals("dana.pagu.error.di-bawah-alokasi")) {
                amount.setErrorMessage(message);
                amount.setInvalid(true);
            }
            Notices.error(message);
        }
    }

    private void refresh() {
        grid.setItems(kelurahan.stream().map(t -> pagu.summary(year.getValue(), t.code())).toList());
    }

    private String nameOf(String code) {
        return kelurahan.stream().filter(t -> t.code().equals(code)).map(Territory::name).findFirst().orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dana.nav.pagu");
    }
}

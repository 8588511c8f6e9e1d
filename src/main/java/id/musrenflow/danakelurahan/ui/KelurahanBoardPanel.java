package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.danakelurahan.ActivityFigures;
import id.musrenflow.danakelurahan.BudgetBoardService;
import id.musrenflow.danakelurahan.DanaKelurahanExcel;
import id.musrenflow.danakelurahan.FundField;
import id.musrenflow.danakelurahan.KelurahanBoard;
import id.musrenflow.danakelurahan.PlanCandidate;
import id.musrenflow.identity.AuthenticatedUser;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * One kelurahan's board: headline figures, a card per sub kegiatan, the activities with their status and progress
 * (each opens its activity page), and the Rencana Kegiatan Kelurahan and realisation report as Excel workbooks.
 */
class KelurahanBoardPanel extends BoardPanel {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient BudgetBoardService service;
    private final transient AuthenticatedUser user;
    private final int year;
    private final String kelurahanCode;

    KelurahanBoardPanel(BudgetBoardService service, int year, String kelurahanCode, AuthenticatedUser user) {
        this.service = service;
        this.user = user;
        this.year = year;
        this.kelurahanCode = kelurahanCode;
        KelurahanBoard board = service.board(year, kelurahanCode, user);
        String planNumber = service.planNumber(year, kelurahanCode).orElse(null);
        Paragraph plan = new Paragraph(planNumber == null ? getTranslation("anggaran.rkk.belum")
                : getTranslation("anggaran.rkk.status", planNumber,
                getTranslation("dana.rkk.status." + board.planStatus())));
        plan.setId("anggaran-rkk");
        Div fields = new Div();
        fields.addClassName("mf-anggaran-kartu");
        for (FundField field : FundField.values()) {
            fields.add(progress("anggaran-bidang-" + field.name().toLowerCase(Locale.ROOT),
                    getTranslation("anggaran.sub." + field), PlanCandidate.subActivityCode(field),
                    board.totals(field)));
        }
        Div downloads = new Div();
        downloads.addClassName("mf-dana-actions");
        if (planNumber != null) {
            downloads.add(download("anggaran-unduh-rkk", "anggaran.unduh.rkk", planWorkbook(planNumber)));
        }
        downloads.add(download("anggaran-unduh-realisasi", "anggaran.unduh.realisasi", realisationWorkbook()));
        add(new H2(getTranslation("anggaran.judul.kelurahan", board.kelurahanName(), board.year())), plan,
                headline(board.pagu(), board.totals()), fields, downloads, activities(board));
    }

    private Div activities(KelurahanBoard board) {
        Div section = new Div(new H2(getTranslation("anggaran.kegiatan")));
        if (board.activities().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("anggaran.kegiatan.kosong"));
            empty.setId("anggaran-kegiatan-kosong");
            section.add(empty);
            return section;
        }
        Grid<ActivityFigures> grid = new Grid<>();
        grid.setId("anggaran-kegiatan");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::title).setHeader(getTranslation("anggaran.xls.uraian")).setFlexGrow(3);
        Grid.Column<ActivityFigures> mode = grid.addColumn(a -> a.mode() == null ? "–"
                : getTranslation("dana.mode." + a.mode())).setHeader(getTranslation("anggaran.xls.pelaksanaan"));
        grid.addColumn(a -> getTranslation("anggaran.status." + a.status()))
                .setHeader(getTranslation("anggaran.xls.status"));
        grid.addColumn(a -> Rupiah.format(a.budget())).setHeader(getTranslation("anggaran.xls.anggaran"))
                .setAutoWidth(true);
        Grid.Column<ActivityFigures> released = grid.addColumn(a -> Rupiah.format(a.released()))
                .setHeader(getTranslation("anggaran.xls.dicairkan")).setAutoWidth(true);
        Grid.Column<ActivityFigures> realised = grid.addColumn(a -> Rupiah.format(a.realised()))
                .setHeader(getTranslation("anggaran.xls.realisasi")).setAutoWidth(true);
        Grid.Column<ActivityFigures> physical = grid
                .addColumn(a -> getTranslation("anggaran.persen", a.physicalPercent()))
                .setHeader(getTranslation("anggaran.xls.fisik")).setAutoWidth(true);
        NarrowScreen.hideOnPhones(grid, mode, released, realised, physical);
        grid.setItems(board.activities());
        section.add(grid);
        return section;
    }

    private Div title(ActivityFigures a) {
        Div cell = new Div();
        if (a.activityId() > 0) {
            Anchor link = new Anchor("kegiatan-kelurahan/" + a.activityId(), a.number());
            cell.add(link, new Div(a.description()));
        } else {
            cell.add(new Div(a.description()));
        }
        return cell;
    }

    private Anchor download(String id, String labelKey, DownloadHandler handler) {
        Anchor anchor = new Anchor(handler, getTranslation(labelKey));
        anchor.setId(id);
        anchor.getElement().setAttribute("download", true);
        anchor.addClassName("mf-anggaran-unduh");
        return anchor;
    }

    private DownloadHandler planWorkbook(String planNumber) {
        return DownloadHandler.fromInputStream(event -> {
            Locale locale = event.getUI() == null ? getLocale() : event.getUI().getLocale();
            KelurahanBoard board = service.board(year, kelurahanCode, user);
            byte[] bytes = DanaKelurahanExcel.plan(board, planNumber, service.planLines(year, kelurahanCode, user),
                    IndonesianDates.longDate(service.today(), locale), text(locale));
            return new DownloadResponse(new ByteArrayInputStream(bytes), planNumber + ".xlsx", XLSX, bytes.length);
        });
    }

    private DownloadHandler realisationWorkbook() {
        return DownloadHandler.fromInputStream(event -> {
            Locale locale = event.getUI() == null ? getLocale() : event.getUI().getLocale();
            KelurahanBoard board = service.board(year, kelurahanCode, user);
            byte[] bytes = DanaKelurahanExcel.realisation(board, IndonesianDates.longDate(service.today(), locale),
                    text(locale));
            return new DownloadResponse(new ByteArrayInputStream(bytes), realisationFileName(board), XLSX,
                    bytes.length);
        });
    }

    static String realisationFileName(KelurahanBoard board) {
        return "realisasi-dana-kelurahan-" + board.year() + "-" + board.kelurahanCode().replace(".", "") + ".xlsx";
    }

    private BiFunction<String, Object[], String> text(Locale locale) {
        return (key, args) -> getTranslation(locale, key, args);
    }
}

package id.musrenflow.lks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.base.ui.NumberLimits;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.LksReport;
import id.musrenflow.lks.LksReport.Expiry;
import id.musrenflow.lks.LksReport.Grade;
import id.musrenflow.lks.LksReportExcel;
import id.musrenflow.lks.LksReportService;
import id.musrenflow.lks.OrganisationStatus;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Report of the LKS registry (/lks/laporan) for Dinas Sosial, LKKS, BALKS, monitoring and system administrators:
 * counts by status, accreditation and kecamatan, the registrations and accreditations ending within 1–24 months,
 * and the same as an Excel workbook.
 */
@Route("lks/laporan")
@RolesAllowed({"DINSOS_VERIFIKATOR", "PENGURUS_LKKS", "BALKS", "PEMANTAU", "ADMIN_SISTEM"})
@StyleSheet("context://styles/lks.css")
@Menu(title = "lks.nav.laporan", order = 42, icon = "vaadin:table")
public class LksReportView extends VerticalLayout implements HasDynamicTitle {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final transient LksReportService reports;
    private final transient AuthenticatedUser user;
    private final Div message = new Div();
    private final IntegerField months = new IntegerField();
    private final Div counts = new Div();
    private final H2 expiringTitle = new H2();
    private final Paragraph empty = new Paragraph();
    private final Grid<Expiry> grid = new Grid<>();
    private int shownMonths;

    public LksReportView(LksReportService reports, AuthenticationContext authentication) {
        this.reports = reports;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-lks-laporan");
        message.setId("lks-laporan-pesan");
        message.getElement().setAttribute("role", "status");
        counts.setId("lks-laporan-ringkasan");
        counts.addClassName("mf-lks-ringkasan");
        expiringTitle.setId("lks-laporan-judul-berakhir");
        empty.setId("lks-laporan-kosong");

        months.setId("lks-laporan-bulan");
        months.setLabel(getTranslation("lks.laporan.bulan"));
        NumberLimits.range(months, LksReportService.MIN_MONTHS, LksReportService.MAX_MONTHS);
        months.setStepButtonsVisible(true);
        months.setValue(reports.defaultMonthsAhead());
        Button show = new Button(getTranslation("lks.laporan.tampilkan"), click -> show());
        show.setId("lks-laporan-tampilkan");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Anchor download = new Anchor(excel(), getTranslation("lks.laporan.unduh"));
        download.setId("lks-laporan-unduh");
        download.getElement().setAttribute("download", true);
        HorizontalLayout controls = new HorizontalLayout(months, show, download);
        controls.setId("lks-laporan-kontrol");
        controls.setWrap(true);
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.setId("lks-laporan-berakhir");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Expiry::name).setHeader(getTranslation("lks.laporan.kol.nama")).setFlexGrow(3);
        Grid.Column<Expiry> kecamatan = grid.addColumn(Expiry::kecamatan)
                .setHeader(getTranslation("lks.laporan.kol.kecamatan")).setFlexGrow(2);
        Grid.Column<Expiry> kind = grid.addColumn(e -> getTranslation("lks.laporan.jenis." + e.kind()))
                .setHeader(getTranslation("lks.laporan.kol.jenis"));
        grid.addColumn(e -> IndonesianDates.shortDate(e.validUntil()))
                .setHeader(getTranslation("lks.laporan.kol.berlaku")).setFlexGrow(0).setAutoWidth(true);
        Grid.Column<Expiry> days = grid.addColumn(Expiry::daysLeft)
                .setHeader(getTranslation("lks.laporan.kol.sisa")).setFlexGrow(0).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        NarrowScreen.hideOnPhones(grid, kecamatan, kind, days);

        add(new H1(getTranslation("lks.laporan.judul")), message, controls, counts, expiringTitle, empty, grid);
        show();
    }

    /** Shows the report for the months in the selector; outside 1–24 the previous report stays with a message. */
    private void show() {
        message.setText("");
        try {
            Integer value = months.getValue();
            if (value == null) {
                throw new BusinessException("lks.laporan.error.bulan", LksReportService.MIN_MONTHS,
                        LksReportService.MAX_MONTHS);
            }
            render(reports.report(user, value));
        } catch (BusinessException e) {
            message.setText(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void render(LksReport report) {
        shownMonths = report.monthsAhead();
        counts.removeAll();
        Map<String, Long> statuses = new LinkedHashMap<>();
        for (OrganisationStatus s : OrganisationStatus.values()) {
            statuses.put(getTranslation("lks.status-lembaga." + s), report.byStatus().get(s));
        }
        Map<String, Long> grades = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            grades.put(getTranslation("lks.laporan.akreditasi." + g), report.byGrade().get(g));
        }
        Map<String, Long> kecamatan = new LinkedHashMap<>();
        report.byKecamatan().forEach(k -> kecamatan.put(k.name(), k.count()));
        Paragraph total = new Paragraph(getTranslation("lks.laporan.total", report.total()));
        total.setId("lks-laporan-total");
        counts.add(total, table("status", getTranslation("lks.laporan.per-status"), statuses),
                table("akreditasi", getTranslation("lks.laporan.per-akreditasi"), grades),
                table("kecamatan", getTranslation("lks.laporan.per-kecamatan"), kecamatan));
        expiringTitle.setText(getTranslation("lks.laporan.akan-berakhir", report.monthsAhead()));
        empty.setText(getTranslation("lks.laporan.kosong", report.monthsAhead()));
        empty.setVisible(report.expiring().isEmpty());
        grid.setVisible(!report.expiring().isEmpty());
        grid.setItems(report.expiring());
    }

    private Div table(String id, String title, Map<String, Long> rows) {
        Div card = new Div(new H3(title));
        card.setId("lks-laporan-" + id);
        card.addClassNames("mf-card", "mf-lks-hitungan");
        rows.forEach((label, count) -> {
            Div row = new Div(new Span(label), new Span(String.valueOf(count)));
            row.addClassName("mf-lks-baris");
            card.add(row);
        });
        return card;
    }

    private DownloadHandler excel() {
        return DownloadHandler.fromInputStream(event -> {
            Locale locale = event.getUI() == null ? getLocale() : event.getUI().getLocale();
            LksReport report = reports.report(user, shownMonths == 0 ? reports.defaultMonthsAhead() : shownMonths);
            byte[] bytes = LksReportExcel.write(report, (key, args) -> getTranslation(locale, key, args));
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName(report), XLSX, bytes.length);
        });
    }

    static String fileName(LksReport report) {
        return "laporan-lks-" + report.today() + ".xlsx";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("lks.laporan.judul");
    }
}

package id.musrenflow.lks.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.I18NProvider;
import id.musrenflow.KaribuTest;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.lks.AccreditationGrade;
import id.musrenflow.lks.LksReport;
import id.musrenflow.lks.LksReport.Expiry;
import id.musrenflow.lks.LksReport.Grade;
import id.musrenflow.lks.LksReport.Kind;
import id.musrenflow.lks.LksReportExcel;
import id.musrenflow.lks.LksReportService;
import id.musrenflow.lks.Organisation;
import id.musrenflow.lks.OrganisationStatus;
import id.musrenflow.lks.internal.LksStore;
import id.musrenflow.region.RegionService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The LKS report (service, Excel workbook read back with POI, /lks/laporan) against the demo organisations: Kasih
 * Ibu (registered, grade B ending in 2 years), Cahaya Difabel (registered), Mentari (registration ending in 2
 * years, grade A), Pelita Hati (registration ended 2 months ago) and Harapan Bangsa (not registered yet).
 */
class LksReportTest extends KaribuTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    private LksReportService reports;
    @Autowired
    private LksStore store;
    @Autowired
    private RegionService regions;
    @Autowired
    private Clock clock;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private I18NProvider i18n;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    /** What the registry holds, worked out here from the organisation rows themselves. */
    private List<Expiry> expectedExpiring(List<Organisation> all, LocalDate today, int months) {
        LocalDate horizon = today.plusMonths(months);
        List<Expiry> expected = new ArrayList<>();
        for (Organisation o : all) {
            LocalDate reg = o.registrationValidUntil();
            if (reg != null && !reg.isBefore(today) && !reg.isAfter(horizon)) {
                expected.add(new Expiry(o.code(), o.name(), kecamatanName(o), Kind.TANDA_DAFTAR, reg,
                        ChronoUnit.DAYS.between(today, reg)));
            }
            LocalDate acc = o.accreditationValidUntil();
            if (o.accreditation() != null && o.accreditation() != AccreditationGrade.TIDAK_TERAKREDITASI
                    && acc != null && !acc.isBefore(today) && !acc.isAfter(horizon)) {
                expected.add(new Expiry(o.code(), o.name(), kecamatanName(o), Kind.AKREDITASI, acc,
                        ChronoUnit.DAYS.between(today, acc)));
            }
        }
        return expected;
    }

    private String kecamatanName(Organisation o) {
        return regions.get(regions.get(o.kelurahanCode()).parentCode()).name();
    }

    @Test
    void counts_by_status_grade_and_kecamatan_and_the_expiring_list_follow_the_registry() {
        LksReport report = reports.report(user("dinsos"), 24);
        LocalDate today = LocalDate.now(clock);
        List<Organisation> all = store.all();

        Map<OrganisationStatus, Long> statuses = new EnumMap<>(OrganisationStatus.class);
        Map<Grade, Long> grades = new EnumMap<>(Grade.class);
        Map<String, Long> kecamatan = new HashMap<>();
        for (Organisation o : all) {
            boolean lapsed = o.status() == OrganisationStatus.TERDAFTAR && o.registrationValidUntil().isBefore(today);
            statuses.merge(lapsed ? OrganisationStatus.KEDALUWARSA : o.status(), 1L, Long::sum);
            boolean graded = o.accreditation() != null && o.accreditation() != AccreditationGrade.TIDAK_TERAKREDITASI
                    && !o.accreditationValidUntil().isBefore(today);
            grades.merge(graded ? Grade.valueOf(o.accreditation().name()) : Grade.NONE, 1L, Long::sum);
            kecamatan.merge(kecamatanName(o), 1L, Long::sum);
        }
        report.byStatus().values().removeIf(n -> n == 0);
        report.byGrade().values().removeIf(n -> n == 0);
        assertThat(report.byStatus()).isEqualTo(statuses);
        assertThat(report.byGrade()).isEqualTo(grades);
        Map<String, Long> reported = new HashMap<>();
        report.byKecamatan().forEach(k -> reported.put(k.name(), k.count()));
        assertThat(reported).isEqualTo(kecamatan);
        assertThat(report.total()).isEqualTo(all.size());

        // the demo: Pelita Hati's registration lapsed, Mentari has A and Kasih Ibu B, Kasih Ibu and Pelita Hati
        // are both in kecamatan 33.75.02
        assertThat(statuses.get(OrganisationStatus.KEDALUWARSA)).isGreaterThanOrEqualTo(1);
        assertThat(grades.get(Grade.A)).isGreaterThanOrEqualTo(1);
        assertThat(grades.get(Grade.B)).isGreaterThanOrEqualTo(1);
        assertThat(reported.get(regions.get("33.75.02").name())).isGreaterThanOrEqualTo(2);

        assertThat(report.expiring()).containsExactlyInAnyOrderElementsOf(expectedExpiring(all, today, 24));
        assertThat(report.expiring()).extracting(Expiry::code, Expiry::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("LKS-MENTARI", Kind.TANDA_DAFTAR),
                        org.assertj.core.groups.Tuple.tuple("LKS-KASIH-IBU", Kind.AKREDITASI))
                .doesNotContain(org.assertj.core.groups.Tuple.tuple("LKS-PELITA-HATI", Kind.TANDA_DAFTAR));
        assertThat(report.expiring()).isSortedAccordingTo(java.util.Comparator.comparing(Expiry::validUntil));

        LksReport sixMonths = reports.report(user("lkks"), reports.defaultMonthsAhead());
        assertThat(sixMonths.monthsAhead()).isEqualTo(6);
        assertThat(sixMonths.expiring()).containsExactlyInAnyOrderElementsOf(expectedExpiring(all, today, 6));
        assertThat(sixMonths.expiring()).extracting(Expiry::code).doesNotContain("LKS-MENTARI", "LKS-KASIH-IBU");
    }

    @Test
    void an_rt_head_and_an_lks_officer_are_refused_and_months_outside_1_to_24_are_refused() {
        for (String username : List.of("rt003.medono", "lks.harapan")) {
            assertThatThrownBy(() -> reports.report(user(username), 6))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("lks.laporan.error.tidak-berhak"));
        }
        for (String username : List.of("dinsos", "lkks", "balks", "pemantau", "admin")) {
            assertThat(reports.report(user(username), 6).total()).isPositive();
        }
        for (int months : new int[] {0, 25, -3}) {
            assertThatThrownBy(() -> reports.report(user("dinsos"), months))
                    .isInstanceOfSatisfying(BusinessException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("lks.laporan.error.bulan"));
        }
    }

    @Test
    void the_excel_workbook_reads_back_with_indonesian_headers_real_dates_and_the_service_counts() throws IOException {
        LksReport report = reports.report(user("dinsos"), 24);
        byte[] bytes = LksReportExcel.write(report, (key, args) -> i18n.getTranslation(key, INDONESIAN, args));

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Ringkasan");
            assertThat(workbook.getSheetName(1)).isEqualTo("Akan berakhir");

            Sheet expiring = workbook.getSheet("Akan berakhir");
            Row header = expiring.getRow(0);
            List<String> headers = new ArrayList<>();
            header.forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("No", "Nama lembaga", "Kecamatan", "Jenis", "Berlaku sampai",
                    "Sisa hari");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(expiring.getPaneInformation().isFreezePane()).isTrue();
            assertThat(expiring.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(expiring.getLastRowNum()).isEqualTo(report.expiring().size());
            assertThat(expiring.getColumnWidth(1)).isGreaterThan(20 * 256);

            Expiry first = report.expiring().get(0);
            Row row = expiring.getRow(1);
            assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo(first.name());
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo(first.kecamatan());
            assertThat(row.getCell(3).getStringCellValue())
                    .isEqualTo(first.kind() == Kind.TANDA_DAFTAR ? "Tanda daftar" : "Akreditasi");
            Cell until = row.getCell(4);
            assertThat(DateUtil.isCellDateFormatted(until)).isTrue();
            assertThat(until.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            assertThat(until.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(first.validUntil());
            assertThat((long) row.getCell(5).getNumericCellValue()).isEqualTo(first.daysLeft());

            Map<String, Long> counts = new HashMap<>();
            Map<String, String> headerOf = new HashMap<>();
            String table = null;
            Sheet summary = workbook.getSheet("Ringkasan");
            for (Row r : summary) {
                Cell label = r.getCell(0);
                Cell count = r.getCell(1);
                if (label == null || count == null) {
                    continue;
                }
                if (count.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                    table = label.getStringCellValue();
                    headerOf.put(table, count.getStringCellValue());
                } else {
                    counts.put(table + "|" + label.getStringCellValue(), (long) count.getNumericCellValue());
                }
            }
            assertThat(headerOf).containsOnlyKeys("Status pendaftaran", "Akreditasi", "Kecamatan")
                    .containsValue("Jumlah");
            assertThat(counts).containsEntry("Status pendaftaran|Terdaftar",
                            report.byStatus().get(OrganisationStatus.TERDAFTAR))
                    .containsEntry("Status pendaftaran|Tanda daftar kedaluwarsa",
                            report.byStatus().get(OrganisationStatus.KEDALUWARSA))
                    .containsEntry("Status pendaftaran|Belum terdaftar",
                            report.byStatus().get(OrganisationStatus.BELUM_TERDAFTAR))
                    .containsEntry("Akreditasi|A", report.byGrade().get(Grade.A))
                    .containsEntry("Akreditasi|B", report.byGrade().get(Grade.B))
                    .containsEntry("Akreditasi|Belum atau tidak terakreditasi", report.byGrade().get(Grade.NONE));
            report.byKecamatan().forEach(k -> assertThat(counts).containsEntry("Kecamatan|" + k.name(), k.count()));
        }
    }

    @Test
    void the_report_page_refuses_months_outside_1_to_24_in_indonesian_and_lists_what_expires() {
        login("dinsos");
        useLocale(INDONESIAN);
        UI.getCurrent().navigate("lks/laporan");

        IntegerField months = _get(IntegerField.class, spec -> spec.withId("lks-laporan-bulan"));
        assertThat(months.getValue()).isEqualTo(6);
        assertThat(_get(Div.class, spec -> spec.withId("lks-laporan-status")).getElement().getTextRecursively())
                .contains("Terdaftar", "Tanda daftar kedaluwarsa");

        months.setValue(25);
        _click(_get(Button.class, spec -> spec.withId("lks-laporan-tampilkan")));
        assertThat(_get(Div.class, spec -> spec.withId("lks-laporan-pesan")).getText())
                .isEqualTo("Jumlah bulan harus antara 1 dan 24.");
        months.setValue(0);
        _click(_get(Button.class, spec -> spec.withId("lks-laporan-tampilkan")));
        assertThat(_get(Div.class, spec -> spec.withId("lks-laporan-pesan")).getText())
                .isEqualTo("Jumlah bulan harus antara 1 dan 24.");

        months.setValue(24);
        _click(_get(Button.class, spec -> spec.withId("lks-laporan-tampilkan")));
        assertThat(_get(Div.class, spec -> spec.withId("lks-laporan-pesan")).getText()).isEmpty();
        assertThat(_get(H2.class, spec -> spec.withId("lks-laporan-judul-berakhir")).getText())
                .isEqualTo("Berakhir dalam 24 bulan ke depan");
        @SuppressWarnings("unchecked")
        Grid<Expiry> grid = _get(Grid.class, spec -> spec.withId("lks-laporan-berakhir"));
        List<Expiry> expected = reports.report(user("dinsos"), 24).expiring();
        assertThat(_size(grid)).isEqualTo(expected.size()).isPositive();
        List<String> first = _getFormattedRow(grid, 0);
        assertThat(first.get(0)).isEqualTo(expected.get(0).name());
        assertThat(first.get(3)).isEqualTo(expected.get(0).validUntil()
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));

        Anchor download = _get(Anchor.class, spec -> spec.withId("lks-laporan-unduh"));
        assertThat(download.getText()).isEqualTo("Unduh Excel");
        assertThat(download.getHref()).isNotBlank();
        assertThat(LksReportView.fileName(reports.report(user("dinsos"), 24)))
                .isEqualTo("laporan-lks-" + LocalDate.now(clock) + ".xlsx");
    }
}

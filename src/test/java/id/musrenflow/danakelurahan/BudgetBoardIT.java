package id.musrenflow.danakelurahan;

import id.musrenflow.TestTime;
import static id.musrenflow.danakelurahan.ExecutionFixtures.MEDONO;
import static id.musrenflow.danakelurahan.ExecutionFixtures.juta;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.region.RegionService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;

/**
 * The budget board on PostgreSQL: a kelurahan's pagu and allocations by sub kegiatan, the kecamatan and city
 * roll-ups adding up to what their kelurahan hold, the Rencana Kegiatan Kelurahan workbook read back line by line,
 * and the denials outside one's territory.
 */
class BudgetBoardIT extends PostgresIT {

    private static final int YEAR = TestTime.PLANNING_YEAR;
    private static final String PEKALONGAN_BARAT = "33.75.01";

    @Autowired
    private BudgetBoardService board;
    @Autowired
    private KelurahanPlanService plans;
    @Autowired
    private PaguService pagu;
    @Autowired
    private RegionService regions;
    @Autowired
    private MessageSource messages;
    @Autowired
    private ApplicationContext context;

    private ExecutionFixtures dana;

    @BeforeEach
    void clearMedonoPlan() {
        dana = new ExecutionFixtures(context);
        dana.clear();
    }

    @Test
    void the_kelurahan_board_and_the_plan_workbook_show_the_lurahs_choice_within_the_pagu() throws IOException {
        List<ProposalSummary> funded = dana.fundedAtKelurahanForum("PMT balita RT 003 (papan)",
                "Kelas ibu hamil RT 003 (papan)");
        LkkProgramme programme = dana.acceptedProgramme(juta(15), juta(8));
        AuthenticatedUser lurah = dana.user("lurah.medono");
        pagu.setPagu(YEAR, MEDONO, juta(40), dana.user("admin.bappeda"));
        List<CandidateRef> chosen = List.of(new CandidateRef(CandidateSource.USULAN, funded.get(0).id()),
                new CandidateRef(CandidateSource.USULAN, funded.get(1).id()),
                new CandidateRef(CandidateSource.KEGIATAN_LKK, programme.activities().get(0).id()));
        pagu.allocate(YEAR, MEDONO, FundField.SARANA_PRASARANA, "Perbaikan saluran RW 004", juta(3), lurah);
        plans.compose(YEAR, MEDONO, null, chosen, "Dipilih sesuai berita acara musrenbang kelurahan", lurah);

        KelurahanBoard medono = board.board(YEAR, MEDONO, lurah);
        assertThat(medono.kelurahanName()).isEqualTo("Medono");
        assertThat(medono.kecamatanName()).isEqualTo("Pekalongan Barat");
        assertThat(medono.planStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(medono.pagu()).isEqualByComparingTo(juta(40));
        BigDecimal usulanCost = funded.get(0).cost().add(funded.get(1).cost());
        assertThat(medono.totals(FundField.PEMBERDAYAAN).allocated()).isEqualByComparingTo(usulanCost.add(juta(15)));
        assertThat(medono.totals(FundField.SARANA_PRASARANA).allocated()).isEqualByComparingTo(juta(3));
        assertThat(medono.remaining()).isEqualByComparingTo(juta(40).subtract(usulanCost).subtract(juta(18)));
        assertThat(medono.activities()).hasSize(4).allMatch(a -> a.status() == ActivityStatus.DIRENCANAKAN
                && a.released().signum() == 0 && a.realised().signum() == 0);

        List<PlanLine> lines = board.planLines(YEAR, MEDONO, lurah);
        assertThat(lines).extracting(PlanLine::reference).containsExactly(funded.get(0).number(),
                funded.get(1).number(), programme.number());
        assertThat(lines.get(0).location()).isEqualTo("RT 003 / RW 002");
        assertThat(lines.get(0).volume()).isEqualByComparingTo("2");
        assertThat(lines.get(0).unit()).isEqualTo("paket");
        assertThat(lines.get(2).location()).isEqualTo(programme.lembaga());
        assertThat(lines.get(2).volume()).isNull();

        byte[] bytes = DanaKelurahanExcel.plan(medono, KelurahanPlan.number(YEAR, MEDONO), lines, "22 November 2026",
                (key, args) -> messages.getMessage(key, args, Locale.forLanguageTag("id")));
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Rencana Kegiatan");
            assertThat(text(sheet, 0, 0)).isEqualTo("RENCANA KEGIATAN KELURAHAN (DANA KELURAHAN)");
            assertThat(text(sheet, 1, 0)).isEqualTo("Kelurahan Medono, Kecamatan Pekalongan Barat, Kota Pekalongan");
            assertThat(text(sheet, 2, 0)).isEqualTo("Tahun Anggaran " + YEAR);
            assertThat(text(sheet, 3, 0)).isEqualTo("Nomor RKK-" + YEAR + "-3375011002 (Draf)");
            int header = 5;
            List<String> headers = new ArrayList<>();
            sheet.getRow(header).forEach(c -> headers.add(c.getStringCellValue()));
            assertThat(headers).containsExactly("No", "Kode rekening", "Uraian kegiatan", "Sumber usulan",
                    "Lokasi / lembaga", "Volume", "Satuan", "Anggaran (Rp)");
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            // sarana-prasarana: the plan holds none (the drainage allocation is outside the plan), so only its subtotal
            assertThat(text(sheet, header + 1, 1)).isEqualTo("7.01.03.2.02.0002");
            assertThat(text(sheet, header + 1, 2)).isEqualTo("Pembangunan Sarana dan Prasarana Kelurahan");
            assertThat(text(sheet, header + 2, 2)).isEqualTo("Jumlah sub kegiatan");
            assertThat(number(sheet, header + 2, 7)).isZero();
            assertThat(text(sheet, header + 3, 1)).isEqualTo("7.01.03.2.02.0003");
            Row first = sheet.getRow(header + 4);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(first.getCell(2).getStringCellValue()).isEqualTo(lines.get(0).description());
            assertThat(first.getCell(3).getStringCellValue()).isEqualTo(funded.get(0).number());
            assertThat(first.getCell(4).getStringCellValue()).isEqualTo("RT 003 / RW 002");
            assertThat(first.getCell(5).getNumericCellValue()).isEqualTo(2);
            assertThat(first.getCell(7).getNumericCellValue()).isEqualTo(funded.get(0).cost().doubleValue());
            assertThat(first.getCell(7).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(text(sheet, header + 6, 3)).isEqualTo(programme.number());
            assertThat(number(sheet, header + 6, 7)).isEqualTo(juta(15).doubleValue());
            double planTotal = usulanCost.add(juta(15)).doubleValue();
            assertThat(text(sheet, header + 7, 2)).isEqualTo("Jumlah sub kegiatan");
            assertThat(number(sheet, header + 7, 7)).isEqualTo(planTotal);
            assertThat(text(sheet, header + 8, 2)).isEqualTo("JUMLAH");
            assertThat(number(sheet, header + 8, 7)).isEqualTo(planTotal);
            assertThat(text(sheet, header + 9, 2)).isEqualTo("PAGU INDIKATIF");
            assertThat(number(sheet, header + 9, 7)).isEqualTo(juta(40).doubleValue());
            assertThat(text(sheet, header + 10, 2)).isEqualTo("SISA PAGU");
            assertThat(number(sheet, header + 10, 7)).isEqualTo(juta(40).doubleValue() - planTotal);
            assertThat(text(sheet, header + 12, 5)).isEqualTo("Pekalongan, 22 November 2026");
            assertThat(text(sheet, header + 13, 2)).isEqualTo("Mengetahui, Camat Pekalongan Barat");
            assertThat(text(sheet, header + 13, 5)).isEqualTo("Lurah Medono selaku KPA");
        }
    }

    @Test
    void the_roll_ups_add_up_what_their_kelurahan_and_kecamatan_hold() {
        AuthenticatedUser lurah = dana.user("lurah.medono");
        pagu.setPagu(YEAR, MEDONO, juta(60), dana.user("admin.bappeda"));
        pagu.allocate(YEAR, MEDONO, FundField.SARANA_PRASARANA, "Sumur resapan RW 002", juta(7), lurah);

        RollUp kecamatan = board.kecamatan(YEAR, PEKALONGAN_BARAT, dana.user("camat.barat"));
        assertThat(kecamatan.name()).isEqualTo("Pekalongan Barat");
        assertThat(kecamatan.rows()).extracting(RollUpRow::code)
                .containsExactlyElementsOf(regions.children(PEKALONGAN_BARAT).stream().map(t -> t.code()).toList());
        RollUpRow medono = kecamatan.rows().stream().filter(r -> r.code().equals(MEDONO)).findFirst().orElseThrow();
        assertThat(medono).isEqualTo(board.board(YEAR, MEDONO, lurah).asRow());
        assertThat(medono.pagu()).isEqualByComparingTo(juta(60));
        assertThat(medono.totals().allocated()).isEqualByComparingTo(juta(7));
        BigDecimal paguOfKecamatan = BigDecimal.ZERO;
        for (RollUpRow row : kecamatan.rows()) {
            paguOfKecamatan = paguOfKecamatan.add(pagu.summary(YEAR, row.code()).pagu());
        }
        assertThat(kecamatan.total().pagu()).isEqualByComparingTo(paguOfKecamatan);

        RollUp city = board.city(YEAR, dana.user("bappeda"));
        assertThat(city.rows()).hasSize(4);
        RollUpRow barat = city.rows().stream().filter(r -> r.code().equals(PEKALONGAN_BARAT)).findFirst().orElseThrow();
        assertThat(barat.pagu()).isEqualByComparingTo(kecamatan.total().pagu());
        assertThat(barat.totals()).isEqualTo(kecamatan.total().totals());
        BigDecimal cityAllocated = city.rows().stream().map(r -> r.totals().allocated())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(city.total().totals().allocated()).isEqualByComparingTo(cityAllocated);
        assertThat(board.home(dana.user("bappeda"))).contains("33.75");
        assertThat(board.home(dana.user("camat.barat"))).contains(PEKALONGAN_BARAT);
        assertThat(board.home(lurah)).contains(MEDONO);
    }

    @Test
    void officials_see_only_their_own_territory() {
        AuthenticatedUser otherLurah = dana.user("lurah.podosugih");
        AuthenticatedUser lurah = dana.user("lurah.medono");
        assertThatThrownBy(() -> board.board(YEAR, MEDONO, otherLurah))
                .extracting("messageKey").isEqualTo("anggaran.error.bukan-untuk-anda");
        assertThatThrownBy(() -> board.planLines(YEAR, MEDONO, otherLurah))
                .extracting("messageKey").isEqualTo("anggaran.error.bukan-untuk-anda");
        assertThatThrownBy(() -> board.kecamatan(YEAR, PEKALONGAN_BARAT, lurah))
                .extracting("messageKey").isEqualTo("anggaran.error.bukan-untuk-anda");
        assertThatThrownBy(() -> board.city(YEAR, dana.user("camat.barat")))
                .extracting("messageKey").isEqualTo("anggaran.error.bukan-untuk-anda");
        assertThatThrownBy(() -> board.board(YEAR, MEDONO, dana.user("rt003.medono")))
                .extracting("messageKey").isEqualTo("anggaran.error.bukan-untuk-anda");
        assertThatThrownBy(() -> board.board(YEAR, PEKALONGAN_BARAT, dana.user("bappeda")))
                .extracting("messageKey").isEqualTo("anggaran.error.bukan-untuk-anda");
        assertThat(board.mayRead("33.75.02", dana.user("camat.barat"))).isFalse();
        assertThat(board.mayRead(MEDONO, dana.user("staf.barat"))).isTrue();
        assertThat(board.mayRead(MEDONO, dana.user("lpm.medono"))).isTrue();
        assertThat(board.mayRead(MEDONO, dana.user("pokmas.medono"))).isFalse();
        assertThat(board.board(YEAR, MEDONO, dana.user("camat.barat")).kelurahanCode()).isEqualTo(MEDONO);
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static double number(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getNumericCellValue();
    }
}

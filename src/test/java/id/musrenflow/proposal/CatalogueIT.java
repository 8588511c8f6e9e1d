package id.musrenflow.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.musrenflow.PostgresIT;
import id.musrenflow.base.AuditTrail;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The kamus usulan per year on PostgreSQL. Years lie centuries after the test clock's, far from any real catalogue;
 * those no usulan uses are emptied before each test, and items usulan use get a code of their own per run.
 */
class CatalogueIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final String RT_003 = MEDONO + ".002.003";
    private static final String SARPRAS = "7.01.03.2.02.0002";
    private static final String PEMBERDAYAAN = "7.01.03.2.02.0003";

    @Autowired
    private CatalogueService catalogue;
    @Autowired
    private ProposalService proposals;
    @Autowired
    private DuplicateService duplicates;
    @Autowired
    private AuditTrail audit;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Clock clock;
    @Autowired
    private id.musrenflow.MutableClock testClock;
    @Autowired
    private id.musrenflow.season.SeasonService seasons;
    @Autowired
    private MessageSource messages;

    private int base;

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    /** A test year: {@code offset} years after the clock's year plus three centuries. */
    /**
     * Submits the draft inside the usulan window of its planning year's season (opened on the default calendar when
     * this test's far-off year has none yet), moving the clock there and back.
     */
    private ProposalSummary submitInItsSeason(ProposalSummary draft) {
        int year = draft.year();
        if (seasons.season(year).isEmpty()) {
            seasons.open(year, seasons.template(year), "admin.bappeda");
        }
        java.time.Duration jump = testClock.jumpTo(seasons.window(year, id.musrenflow.season.Stage.USULAN).start()
                .atTime(9, 0).atZone(id.musrenflow.TestTime.WIB).toInstant());
        try {
            return proposals.submit(draft.id(), draft.proposer());
        } finally {
            testClock.advance(jump.negated());
        }
    }

    private int year(int offset) {
        return base + offset;
    }

    @BeforeEach
    void emptyTheYearsNoUsulanUses() {
        base = Year.now(clock).getValue() + 300;
        jdbc.sql("delete from kamus_usulan where tahun between ? and ? and id not in "
                        + "(select kamus_id from usulan where kamus_id is not null)")
                .params(year(0), year(9)).update();
    }

    private static CatalogueItemDraft paving(String code, long unitCost) {
        return new CatalogueItemDraft(code, "Pemasangan paving block jalan lingkungan", ProposalKind.FISIK,
                ProposalField.INFRASTRUKTUR, "m2", BigDecimal.valueOf(unitCost), "DPUPR", "1.03", SARPRAS, true, true,
                true, true);
    }

    private static CatalogueItemDraft training(String code, long unitCost) {
        return new CatalogueItemDraft(code, "Pelatihan membatik bagi perajin rumahan", ProposalKind.NON_FISIK,
                ProposalField.EKONOMI, "orang", BigDecimal.valueOf(unitCost), "DINPERINAKER", "3.31", PEMBERDAYAAN,
                true, false, false, false);
    }

    @Test
    void copying_a_year_takes_its_active_items_and_a_second_copy_is_refused() {
        AuthenticatedUser admin = user("admin.bappeda");
        catalogue.add(year(0), paving("PAVING", 135_000), admin);
        CatalogueEntry talud = catalogue.add(year(0), paving("TALUD", 1_200_000), admin);
        catalogue.retire(talud.id(), talud.version(), "Diganti rumah pompa", admin);

        assertThat(catalogue.copyYear(year(0), year(1), admin)).isEqualTo(1);

        List<CatalogueEntry> copied = catalogue.entries(year(1));
        assertThat(copied).extracting(e -> e.item().code(), CatalogueEntry::active).containsExactly(tuple("PAVING", true));
        assertThat(CatalogueItemDraft.of(copied.get(0).item())).isEqualTo(paving("PAVING", 135_000));
        assertThatThrownBy(() -> catalogue.copyYear(year(0), year(1), admin))
                .extracting("messageKey").isEqualTo("kamus.error.tahun-sudah-ada");
        assertThat(catalogue.entries(year(1))).hasSize(1);
        assertThatThrownBy(() -> catalogue.copyYear(year(2), year(3), admin))
                .extracting("messageKey").isEqualTo("kamus.error.tahun-sumber-kosong");
        assertThat(audit.of(CatalogueService.AUDIT_OBJECT, String.valueOf(year(1))))
                .extracting(AuditTrail.AuditEntry::actor, AuditTrail.AuditEntry::action)
                .contains(tuple("admin.bappeda", "SALIN"));
    }

    @Test
    void an_empty_year_gets_the_nearest_earlier_catalogue_and_a_year_with_one_is_left_alone() {
        AuthenticatedUser admin = user("admin.bappeda");
        catalogue.add(year(7), paving("PAVING", 135_000), admin);
        catalogue.add(year(7), training("BATIK", 1_250_000), admin);
        catalogue.add(year(9), paving("PAVING", 150_000), admin);

        assertThat(catalogue.ensureYear(year(8))).isEqualTo(2);
        assertThat(catalogue.ensureYear(year(8))).isZero();
        assertThat(catalogue.ensureYear(year(9))).isZero();

        assertThat(catalogue.entries(year(8))).extracting(e -> e.item().code()).containsExactly("BATIK", "PAVING");
        assertThat(catalogue.entries(year(9))).extracting(e -> e.item().unitCost())
                .containsExactly(new BigDecimal("150000"));
    }

    @Test
    void every_change_is_checked_and_recorded_with_who_and_what() {
        AuthenticatedUser admin = user("admin.bappeda");
        // the audit trail outlives the items: a code of its own per run
        String code = "PJU-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        CatalogueItemDraft wrong = new CatalogueItemDraft(code.toLowerCase(Locale.ROOT), "Lampu PJU", ProposalKind.FISIK,
                ProposalField.INFRASTRUKTUR, "titik", new BigDecimal("-3500000"), "DINAS-ANTAH", "2.15",
                "7.01.03.2.02.9999", true, true, true, false);

        assertThatThrownBy(() -> catalogue.add(year(2), wrong, admin)).isInstanceOfSatisfying(CatalogueRejected.class,
                rejected -> assertThat(rejected.problems()).extracting(CatalogueProblem::column, CatalogueProblem::messageKey)
                        .containsExactly(tuple(CatalogueColumn.HARGA_SATUAN, "kamus.error.harga"),
                                tuple(CatalogueColumn.OPD, "kamus.error.opd"),
                                tuple(CatalogueColumn.SUB_KEGIATAN, "kamus.error.sub-kegiatan")));
        assertThat(catalogue.entries(year(2))).isEmpty();

        CatalogueItemDraft streetLight = new CatalogueItemDraft(code.toLowerCase(Locale.ROOT), "Lampu PJU", ProposalKind.FISIK,
                ProposalField.INFRASTRUKTUR, "titik", new BigDecimal("3500000"), "DISHUB", "2.15", null, true, true,
                true, false);
        assertThatThrownBy(() -> catalogue.add(year(2), streetLight, admin))
                .extracting("messageKey").isEqualTo("kamus.error.dana-kelurahan");
        CatalogueItemDraft cityFunded = new CatalogueItemDraft(code.toLowerCase(Locale.ROOT), "Lampu PJU", ProposalKind.FISIK,
                ProposalField.INFRASTRUKTUR, "titik", new BigDecimal("3500000"), "DISHUB", "2.15", null, false, true,
                true, false);
        CatalogueEntry added = catalogue.add(year(2), cityFunded, admin);
        assertThat(added.item().code()).isEqualTo(code);
        assertThatThrownBy(() -> catalogue.add(year(2), cityFunded, admin))
                .extracting("messageKey").isEqualTo("kamus.error.kode-sudah-ada");
        CatalogueEntry edited = catalogue.edit(added.id(), added.version(), new CatalogueItemDraft(code, "Lampu PJU LED",
                ProposalKind.FISIK, ProposalField.INFRASTRUKTUR, "titik", new BigDecimal("4000000"), "DISHUB", "2.15",
                null, false, true, true, false), admin);
        catalogue.retire(edited.id(), edited.version(), "Diganti PJU tenaga surya", admin);

        assertThat(audit.of(CatalogueService.AUDIT_OBJECT, year(2) + "/" + code))
                .extracting(AuditTrail.AuditEntry::actor, AuditTrail.AuditEntry::action)
                .containsExactly(tuple("admin.bappeda", "BUAT"), tuple("admin.bappeda", "UBAH"),
                        tuple("admin.bappeda", "NONAKTIF"));
        assertThat(audit.of(CatalogueService.AUDIT_OBJECT, year(2) + "/" + code).get(1).detail()).contains("Lampu PJU LED",
                "4000000");
    }

    @Test
    void two_admins_editing_the_same_item_at_once_exactly_one_wins() throws Exception {
        CatalogueEntry item = catalogue.add(year(3), paving("PAVING", 135_000), user("admin.bappeda"));
        CyclicBarrier together = new CyclicBarrier(2);
        List<Callable<String>> editors = new ArrayList<>();
        for (String username : List.of("admin.bappeda", "admin")) {
            AuthenticatedUser editor = user(username);
            long cost = "admin".equals(username) ? 140_000 : 145_000;
            editors.add(() -> {
                together.await(10, TimeUnit.SECONDS);
                try {
                    catalogue.edit(item.id(), item.version(), paving("PAVING", cost), editor);
                    return "ok";
                } catch (BusinessException refused) {
                    return refused.messageKey();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> outcomes = new ArrayList<>();
        try {
            for (Future<String> outcome : pool.invokeAll(editors, 60, TimeUnit.SECONDS)) {
                outcomes.add(outcome.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).containsExactlyInAnyOrder("ok", "kamus.error.diubah-bersamaan");
        CatalogueEntry after = catalogue.entry(item.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(item.version() + 1);
        assertThat(after.item().unitCost()).isIn(new BigDecimal("140000"), new BigDecimal("145000"));
        assertThatThrownBy(() -> catalogue.retire(item.id(), item.version(), "Harga lama", user("admin")))
                .extracting("messageKey").isEqualTo("kamus.error.diubah-bersamaan");
    }

    @Test
    void an_imported_workbook_is_stored_whole_or_not_at_all() throws IOException {
        AuthenticatedUser admin = user("admin.bappeda");
        catalogue.add(year(4), paving("PAVING", 135_000), admin);
        catalogue.add(year(4), paving("TALUD", 1_200_000), admin);

        CatalogueImport refused = catalogue.importWorkbook(year(4), workbook(
                row("PAVING", "150000", "DPUPR", SARPRAS),
                row("DRAINASE", "850000", "DPUPR", SARPRAS),
                row("SUMUR", "-4500000", "DLH", SARPRAS),
                row("MCK", "85000000", "DINAS-ANTAH", "7.01.03.2.02.9999")), admin);

        assertThat(refused.stored()).isFalse();
        assertThat(refused.problems()).extracting(CatalogueProblem::row, CatalogueProblem::column)
                .containsExactly(tuple(4, CatalogueColumn.HARGA_SATUAN), tuple(5, CatalogueColumn.OPD),
                        tuple(5, CatalogueColumn.SUB_KEGIATAN));
        assertThat(catalogue.entries(year(4))).extracting(e -> e.item().code(), e -> e.item().unitCost(),
                CatalogueEntry::active).containsExactly(tuple("PAVING", new BigDecimal("135000"), true),
                tuple("TALUD", new BigDecimal("1200000"), true));

        CatalogueImport stored = catalogue.importWorkbook(year(4), workbook(
                row("PAVING", "150000", "DPUPR", SARPRAS),
                row("DRAINASE", "850000", "DPUPR", SARPRAS)), admin);

        assertThat(stored).extracting(CatalogueImport::added, CatalogueImport::changed, CatalogueImport::retired)
                .containsExactly(1, 1, 1);
        assertThat(catalogue.entries(year(4))).extracting(e -> e.item().code(), e -> e.item().unitCost(),
                CatalogueEntry::active).containsExactly(tuple("DRAINASE", new BigDecimal("850000"), true),
                tuple("PAVING", new BigDecimal("150000"), true), tuple("TALUD", new BigDecimal("1200000"), false));
        assertThat(catalogue.entries(year(4)).get(2).retiredReason()).isEqualTo(id.musrenflow.proposal.internal.CatalogueImporter.RETIRE_REASON);

        byte[] exported = catalogue.exportWorkbook(year(4), (key, args) -> messages.getMessage(key, args,
                Locale.forLanguageTag("id")));
        assertThat(catalogue.importWorkbook(year(4), exported, admin))
                .extracting(CatalogueImport::added, CatalogueImport::changed, CatalogueImport::retired)
                .containsExactly(0, 0, 0);
    }

    @Test
    void an_usulan_keeps_the_item_as_it_was_when_it_was_proposed() {
        AuthenticatedUser admin = user("admin.bappeda");
        String code = "BATIK-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        CatalogueEntry item = catalogue.add(year(5), training(code, 1_250_000), admin);
        ProposalSummary usulan = submitInItsSeason(proposals.createDraft(draft(year(5), item.id(),
                "Pelatihan batik RT 003", null, null), "rt003.medono"));
        assertThat(usulan.cost()).isEqualByComparingTo("25000000");

        CatalogueEntry edited = catalogue.edit(item.id(), item.version(), new CatalogueItemDraft(code,
                "Pelatihan batik cap dan tulis", ProposalKind.NON_FISIK, ProposalField.EKONOMI, "paket",
                new BigDecimal("9000000"), "DINDAGKOPUKM", "2.17", PEMBERDAYAAN, true, true, false, false), admin);
        catalogue.retire(edited.id(), edited.version(), "Digabung dengan pelatihan UMKM", admin);

        ProposalDetail detail = proposals.detail(usulan.id()).orElseThrow();
        assertThat(detail.proposedItem()).isEqualTo(new CatalogueItem(item.id(), year(5), code,
                "Pelatihan membatik bagi perajin rumahan", ProposalKind.NON_FISIK, ProposalField.EKONOMI, "orang",
                new BigDecimal("1250000"), "DINPERINAKER", "3.31", PEMBERDAYAAN, true, false, false, false));
        assertThat(detail.summary().cost()).isEqualByComparingTo("25000000");
        assertThat(detail.summary().unit()).isEqualTo("orang");
        assertThat(proposals.catalogue(year(5))).extracting(CatalogueItem::code).doesNotContain(code);
        assertThatThrownBy(() -> proposals.createDraft(draft(year(5), item.id(), "Pelatihan batik lagi", null, null),
                "rt003.medono")).extracting("messageKey").isEqualTo("usulan.error.kamus-tidak-dikenal");
    }

    @Test
    void the_same_item_proposed_nearby_in_an_earlier_year_is_a_possible_duplicate() {
        AuthenticatedUser admin = user("admin.bappeda");
        String code = "BATIK-" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        CatalogueEntry earlier = catalogue.add(year(5), training(code, 1_250_000), admin);
        CatalogueEntry later = catalogue.add(year(6), training(code, 1_300_000), admin);
        BigDecimal lat = new BigDecimal("-6.888600");
        BigDecimal lon = new BigDecimal("109.675300");
        ProposalSummary first = submitInItsSeason(proposals.createDraft(draft(year(5), earlier.id(), "Pelatihan batik",
                lat, lon), "rt003.medono"));
        ProposalSummary again = submitInItsSeason(proposals.createDraft(draft(year(6), later.id(),
                "Pelatihan batik lagi", lat, lon.add(new BigDecimal("0.000300"))), "rt003.medono"));

        assertThat(duplicates.possibleDuplicates(again.id())).extracting(PossibleDuplicate::number)
                .contains(first.number());
    }

    @Test
    void only_the_bappeda_admin_and_the_system_administrator_change_the_catalogue() throws IOException {
        CatalogueEntry item = catalogue.add(year(6), paving("PAVING-" + Long.toString(System.nanoTime(), 36)
                .toUpperCase(Locale.ROOT), 135_000), user("admin"));
        byte[] file = workbook(row("PAVING", "150000", "DPUPR", SARPRAS));
        for (String outsider : List.of("bappeda", "lurah.medono", "opd.pupr")) {
            AuthenticatedUser someone = user(outsider);
            assertThat(catalogue.mayManage(someone)).isFalse();
            List<Runnable> attempts = List.of(
                    () -> catalogue.add(year(6), paving("PJU", 3_500_000), someone),
                    () -> catalogue.edit(item.id(), item.version(), paving(item.item().code(), 1), someone),
                    () -> catalogue.retire(item.id(), item.version(), "Tidak diperlukan", someone),
                    () -> catalogue.reactivate(item.id(), item.version(), someone),
                    () -> catalogue.copyYear(year(6), year(0), someone),
                    () -> catalogue.importWorkbook(year(6), file, someone));
            for (Runnable attempt : attempts) {
                assertThatThrownBy(attempt::run).as(outsider).extracting("messageKey")
                        .isEqualTo("kamus.error.bukan-untuk-anda");
            }
        }
        assertThat(catalogue.entry(item.id()).orElseThrow()).isEqualTo(item);
        assertThat(catalogue.entries(year(0))).isEmpty();
    }

    private static ProposalDraft draft(int year, long itemId, String title, BigDecimal lat, BigDecimal lon) {
        return new ProposalDraft(year, ProposalOrigin.RT, MEDONO, MEDONO + ".002", List.of(RT_003), "Balai RW 002",
                lat, lon, ProposalKind.NON_FISIK, ProposalField.EKONOMI, itemId, title,
                "Perajin batik rumahan belum menguasai pewarnaan alami", null, null, 20, "perajin batik",
                new BigDecimal("20"), "orang", null, null, null, null, null, null);
    }

    /** A city-funded physical item: code, unit cost, OPD, sub kegiatan; dana kelurahan Ya. */
    private static String[] row(String code, String cost, String opd, String subActivity) {
        return new String[] {code, "Item " + code, "FISIK", "INFRASTRUKTUR", "m2", cost, opd, "", "1.03", subActivity,
                "Ya", "Ya", "Ya", "Ya", "Ya"};
    }

    private static byte[] workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Kamus");
            sheet.createRow(0).createCell(0).setCellValue("Kode");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}

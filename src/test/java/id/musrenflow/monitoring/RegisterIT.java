package id.musrenflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import id.musrenflow.HttpSession;
import id.musrenflow.MutableClock;
import id.musrenflow.PostgresIT;
import id.musrenflow.TestTime;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.security.LoginAttempts;
import id.musrenflow.proposal.Breakdown;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalKind;
import id.musrenflow.proposal.ProposalOrigin;
import id.musrenflow.proposal.ProposalReach;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.ProposalStatus;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.proposal.RegisterRow;
import id.musrenflow.proposal.RegisterSort;
import id.musrenflow.proposal.StageDuration;
import id.musrenflow.proposal.StageFigure;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskInboxService;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The planners' register on PostgreSQL, against fixtures with known answers: counts and costs per stage (a draft,
 * one at the RW, a returned-and-revised one now at the kelurahan, a withdrawn one, one rejected by the RW), the
 * breakdown by kelurahan, durations on the test clock, who sees what (and the denials), the Excel, CSV and SIPD
 * exports read back cell by cell, the export limit, and the open data proven free of personal data.
 */
class RegisterIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";
    private static final String RW_002 = MEDONO + ".002";
    private static final String RT_003 = RW_002 + ".003";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");

    @Autowired
    private ProposalService proposals;
    @Autowired
    private ProposalRegister register;
    @Autowired
    private MonitoringAccess access;
    @Autowired
    private RegisterExports exports;
    @Autowired
    private TaskInboxService inbox;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private MutableClock clock;
    @Autowired
    private org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final int year = TestTime.PLANNING_YEAR;
    private final RegisterFilter medono = RegisterFilter.ofYear(TestTime.PLANNING_YEAR).withTerritory(MEDONO);

    @Test
    void the_funnel_counts_each_usulan_once_at_its_stage_with_its_cost() {
        Map<ProposalStage, StageFigure> before = funnel(medono);
        long draftsBefore = register.drafts(medono, ProposalReach.CITY);

        proposals.createDraft(draft("Draf pelatihan kader", new BigDecimal("2")), "rt003.medono");
        ProposalSummary atRw = submitted("Kelas balita di RW", new BigDecimal("3"));
        ProposalSummary revised = submitted("Posyandu remaja", new BigDecimal("4"));
        decideRw(revised, Map.of("keputusan", "KEMBALIKAN", "kodeAlasan", "LOKASI_SALAH", "alasan", "Sebutkan gang"));
        ProposalSummary back = proposals.find(revised.id()).orElseThrow();
        proposals.resubmitRevision(back.id(), draft("Posyandu remaja", new BigDecimal("4")), back.version(),
                "Gang Melati 3", "rt003.medono");
        decideRw(revised, Map.of("keputusan", "SETUJUI", "peringkat", nextRwRank()));
        ProposalSummary withdrawn = submitted("Senam lansia", new BigDecimal("5"));
        proposals.withdraw(withdrawn.id(), "rt003.medono", "Sudah didanai swadaya");
        ProposalSummary rejected = submitted("Pelatihan rebana", new BigDecimal("6"));
        decideRw(rejected, Map.of("keputusan", "TOLAK", "kodeAlasan", "DUPLIKAT", "alasan", "Sudah diusulkan RT 001"));

        Map<ProposalStage, StageFigure> after = funnel(medono);
        Map<ProposalStage, Long> added = new EnumMap<>(ProposalStage.class);
        Map<ProposalStage, BigDecimal> addedCost = new EnumMap<>(ProposalStage.class);
        for (ProposalStage stage : ProposalStage.values()) {
            long delta = count(after, stage) - count(before, stage);
            if (delta != 0) {
                added.put(stage, delta);
                addedCost.put(stage, cost(after, stage).subtract(cost(before, stage)));
            }
        }
        assertThat(added).containsExactlyInAnyOrderEntriesOf(Map.of(ProposalStage.RW, 1L,
                ProposalStage.VERIFIKASI_KELURAHAN, 1L, ProposalStage.DIBATALKAN, 1L,
                ProposalStage.TIDAK_DISEPAKATI, 1L));
        // 3 000 000 per kegiatan times the volume of each
        assertThat(addedCost.get(ProposalStage.RW)).isEqualByComparingTo("9000000");
        assertThat(addedCost.get(ProposalStage.VERIFIKASI_KELURAHAN)).isEqualByComparingTo("12000000");
        assertThat(addedCost.get(ProposalStage.DIBATALKAN)).isEqualByComparingTo("15000000");
        assertThat(addedCost.get(ProposalStage.TIDAK_DISEPAKATI)).isEqualByComparingTo("18000000");
        assertThat(register.drafts(medono, ProposalReach.CITY)).isEqualTo(draftsBefore + 1);

        // the register lists exactly what the figure counts, drafts never
        RegisterFilter atKelurahan = medono.withStages(Set.of(ProposalStage.VERIFIKASI_KELURAHAN));
        assertThat(register.count(atKelurahan, ProposalReach.CITY)).isEqualTo(count(after,
                ProposalStage.VERIFIKASI_KELURAHAN));
        RegisterRow row = register.page(medono.withSearch(revised.number()), ProposalReach.CITY, RegisterSort.NUMBER,
                false, 0, 10).get(0);
        assertThat(row.status()).isEqualTo(ProposalStatus.DIAJUKAN_KELURAHAN);
        assertThat(row.stage()).isEqualTo(ProposalStage.VERIFIKASI_KELURAHAN);
        assertThat(row.displayTitle()).isEqualTo("Posyandu remaja (Revisi)");
        assertThat(row.submittedAt()).isNotNull();
        assertThat(row.due()).as("the kelurahan verification task's due date").isNotNull();
        assertThat(register.page(medono.withSearch("draf pelatihan kader"), ProposalReach.CITY, RegisterSort.NUMBER,
                false, 0, 10)).isEmpty();

        // the kecamatan's breakdown by kelurahan has Medono's row grow by the same four
        RegisterFilter barat = RegisterFilter.ofYear(year).withTerritory("33.75.01");
        long medonoRow = register.figures(barat, ProposalReach.CITY, Breakdown.TERRITORY).stream()
                .filter(f -> MEDONO.equals(f.key())).mapToLong(StageFigure::count).sum();
        long medonoTotal = after.values().stream().mapToLong(StageFigure::count).sum();
        assertThat(medonoRow).isEqualTo(medonoTotal);
        assertThat(register.figures(RegisterFilter.ofYear(year), ProposalReach.CITY, Breakdown.TERRITORY))
                .extracting(StageFigure::key).contains("33.75.01").allMatch(k -> k.length() == 8);
    }

    @Test
    void durations_come_from_the_status_history_on_the_test_clock() {
        ProposalSummary usulan = submitted("Pelatihan membatik untuk remaja", BigDecimal.ONE);
        Duration moved = Duration.ofHours(26);
        clock.advance(moved);
        try {
            decideRw(usulan, Map.of("keputusan", "SETUJUI", "peringkat", nextRwRank()));
            clock.advance(Duration.ofHours(10));
            moved = moved.plusHours(10);
            List<StageDuration> durations = register.durations(medono.withSearch(usulan.number()), ProposalReach.CITY,
                    null);
            Map<ProposalStage, StageDuration> byStage = new EnumMap<>(ProposalStage.class);
            durations.forEach(d -> byStage.put(d.stage(), d));
            assertThat(byStage.keySet()).containsExactlyInAnyOrder(ProposalStage.RW,
                    ProposalStage.VERIFIKASI_KELURAHAN);
            assertThat(byStage.get(ProposalStage.RW).stays()).isEqualTo(1);
            assertThat(byStage.get(ProposalStage.RW).medianHours()).isCloseTo(26.0, within(0.05));
            assertThat(byStage.get(ProposalStage.RW).p90Hours()).isCloseTo(26.0, within(0.05));
            // still at the kelurahan: counted up to now
            assertThat(byStage.get(ProposalStage.VERIFIKASI_KELURAHAN).medianHours()).isCloseTo(10.0, within(0.05));
        } finally {
            clock.advance(moved.negated());
        }
    }

    @Test
    void each_reader_sees_only_their_own_usulan_and_is_told_so() {
        ProposalSummary usulan = submitted("Bank sampah RW 002", BigDecimal.ONE);
        decideRw(usulan, Map.of("keputusan", "SETUJUI", "peringkat", nextRwRank()));

        for (String reader : List.of("bappeda", "pemantau", "camat.barat", "staf.barat", "lurah.medono",
                "staf.medono", "lpm.medono", "admin")) {
            assertThat(register.visible(usulan.id(), access.reach(user(reader)))).as(reader).isTrue();
        }
        AuthenticatedUser camatTimur = stub("camat.timur", PositionType.CAMAT, "33.75.02", null);
        AuthenticatedUser opdOther = stub("opd.dishub", PositionType.VERIFIKATOR_OPD, null, "DISHUB");
        for (AuthenticatedUser stranger : List.of(camatTimur, opdOther, user("lurah.podosugih"), user("dprd"),
                user("opd.pupr"))) {
            assertThat(register.visible(usulan.id(), access.reach(stranger))).as(stranger.username()).isFalse();
        }
        // the Camat of Pekalongan Timur asking for Medono is refused like an unknown territory, and counts nothing
        assertThat(access.mayView(camatTimur, MEDONO)).isFalse();
        assertThat(register.count(medono, access.reach(camatTimur))).isZero();
        assertThatThrownBy(() -> exports.check(medono, camatTimur, INDONESIAN))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(exports.message(e, INDONESIAN)).contains("33.75.01.1002", "di luar wilayah"));
        // RT and RW heads keep their own lists
        for (String own : List.of("rt003.medono", "rw002.medono")) {
            assertThat(access.mayMonitor(user(own))).as(own).isFalse();
            assertThatThrownBy(() -> exports.check(medono, user(own), INDONESIAN)).as(own)
                    .extracting("messageKey").isEqualTo("pemantauan.error.tidak-berwenang");
        }
        HttpSession rt = new HttpSession(url(""));
        rt.login("rt003.medono", "musrenflow");
        assertThat(rt.download(RegisterExports.url("xlsx", medono)).statusCode()).isEqualTo(403);
        HttpSession anonymous = new HttpSession(url(""));
        assertThat(anonymous.download(RegisterExports.url("xlsx", medono)).statusCode()).isIn(302, 401);
    }

    @Test
    void the_excel_csv_and_sipd_exports_hold_every_field_and_every_decision() throws Exception {
        ProposalSummary usulan = submitted("Kelas ibu hamil RW 002", new BigDecimal("2"));
        decideRw(usulan, Map.of("keputusan", "SETUJUI", "peringkat", nextRwRank()));
        inbox.complete(taskOf("staf.medono", usulan).id(), user("staf.medono"), Map.of("keputusan", "TOLAK",
                "kodeAlasan", "BUKAN_KEWENANGAN", "alasan", "Kewenangan provinsi"), Map.of());
        RegisterFilter one = medono.withSearch(usulan.number());

        HttpSession bappeda = new HttpSession(url(""));
        bappeda.login("bappeda", "musrenflow");
        HttpResponse<byte[]> xlsx = bappeda.download(RegisterExports.url("xlsx", one));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElseThrow()).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            Map<String, Object> cells = cells(sheet.getRow(0), sheet.getRow(1));
            assertThat(cells).containsEntry("Nomor", usulan.number()).containsEntry("Tahun", (double) year)
                    .containsEntry("Status", "Ditolak kelurahan").containsEntry("Tahap", "Tidak disepakati / ditolak")
                    .containsEntry("Asal", "RT").containsEntry("Akun pengusul", "rt003.medono")
                    .containsEntry("Kecamatan", "Pekalongan Barat").containsEntry("Kelurahan", "Medono")
                    .containsEntry("Kode kelurahan", MEDONO).containsEntry("RW", "RW 002").containsEntry("RT", "RT 003")
                    .containsEntry("Judul", "Kelas ibu hamil RW 002").containsEntry("Volume", 2.0)
                    .containsEntry("Satuan", "kegiatan").containsEntry("Perkiraan biaya", 6_000_000.0)
                    .containsEntry("Keputusan RW", "Prioritas RW")
                    .containsEntry("Keputusan verifikasi kelurahan", "Ditolak kelurahan")
                    .containsEntry("Alasan verifikasi kelurahan", "Kewenangan provinsi")
                    .containsEntry("Dana kelurahan", "Tidak");
            assertThat((String) cells.get("Jabatan pengusul")).startsWith("Ketua RT").contains("RT 003 / RW 002 Medono");
            assertThat((String) cells.get("Kode alasan verifikasi kelurahan")).isNotBlank()
                    .doesNotContain("BUKAN_KEWENANGAN");
            assertThat((String) cells.get("Diputuskan oleh (verifikasi kelurahan)")).contains("staf.medono")
                    .doesNotContain("staf-kelurahan:");
            assertThat(cells.get("Keputusan musrenbang kecamatan")).isNull();
            assertThat(cells.get("Tanggal keputusan RW")).isInstanceOf(java.util.Date.class);
        }

        HttpResponse<byte[]> csv = bappeda.download(RegisterExports.url("csv", one));
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFNomor,Tahun,Status,Tahap,");
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(usulan.number() + "," + year + ",Ditolak kelurahan,");
        assertThat(lines.get(1)).contains(",6000000,");

        HttpResponse<byte[]> sipd = bappeda.download(RegisterExports.url("sipd", one));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(sipd.body()))) {
            Map<String, Object> cells = cells(workbook.getSheetAt(0).getRow(0), workbook.getSheetAt(0).getRow(1));
            assertThat(cells).containsEntry("id_usulan", usulan.number()).containsEntry("profil", "RT")
                    .containsEntry("kabupaten_kota", "Kota Pekalongan").containsEntry("kelurahan", "Medono")
                    .containsEntry("rekomendasi_mitra", "Prioritas RW").containsEntry("anggaran", 6_000_000.0)
                    .containsEntry("catatan", "Kewenangan provinsi")
                    .containsEntry("jenis_belanja", "Belanja Barang dan Jasa");
            assertThat((String) cells.get("rekomendasi_kelurahan")).startsWith("Ditolak kelurahan (");
            assertThat(cells.get("tanggal_usul")).isInstanceOf(java.util.Date.class);
        }
    }

    @Test
    void an_export_over_the_limit_is_refused_naming_the_limit() {
        RegisterFilter city = RegisterFilter.ofYear(year);
        long all = register.count(city, ProposalReach.CITY);
        RegisterExports small = new RegisterExports(register, access, null, null, 0) {
        };
        // with a limit of zero, any non-empty selection is over it; the message names both numbers
        if (all == 0) {
            submitted("Pelatihan kader untuk batas ekspor", BigDecimal.ONE);
        }
        assertThatThrownBy(() -> small.check(city, user("bappeda"), INDONESIAN))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("pemantauan.ekspor.terlalu-banyak");
                    assertThat(e.arguments()[0]).isEqualTo("0");
                });
    }

    @Test
    void the_open_data_has_the_year_s_usulan_and_nothing_personal() {
        ProposalSummary usulan = submitted("Jambanisasi warga RW 002", BigDecimal.ONE);
        decideRw(usulan, Map.of("keputusan", "TOLAK", "kodeAlasan", "DUPLIKAT",
                "alasan", "Disampaikan Pak Harjono di rembuk: sudah ada di RT 001"));
        HttpSession anonymous = new HttpSession(url(""));
        HttpResponse<byte[]> csv = anonymous.download("/unduh/data-terbuka/usulan-" + year + ".csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        HttpResponse<byte[]> json = anonymous.download("/unduh/data-terbuka/usulan-" + year + ".json");
        assertThat(json.statusCode()).isEqualTo(200);
        String jsonText = new String(json.body(), StandardCharsets.UTF_8);
        for (String file : List.of(text, jsonText)) {
            assertThat(file).contains(usulan.number(), "DITOLAK_RW", "DUPLIKAT");
            // no usernames, no position codes that name a person's post, no reasons written by officials,
            // no resident names or phone numbers of any usulan
            assertThat(file).doesNotContain("rt003.medono", "rw002.medono", "ketua-rt:", "Pak Harjono",
                    "Sudah didanai swadaya", "Kewenangan provinsi");
            for (String personal : residentsOfTheYear()) {
                assertThat(file).doesNotContain(personal);
            }
        }
        assertThat(text.lines().findFirst().orElseThrow()).startsWith("nomor,tahun,status,tahap,")
                .doesNotContain("pengusul", "nama", "telepon", "alasan,");
        assertThat(jsonText).startsWith("[{\"nomor\":");
    }

    private List<String> residentsOfTheYear() {
        List<String> personal = new ArrayList<>();
        register.export(RegisterFilter.ofYear(year), ProposalReach.CITY, row -> {
            if (row.residentName() != null) {
                personal.add(row.residentName());
            }
            if (row.residentPhone() != null) {
                personal.add(row.residentPhone());
            }
        });
        return personal;
    }

    private static Map<String, Object> cells(Row header, Row values) {
        Map<String, Object> cells = new HashMap<>();
        for (int i = 0; i < header.getLastCellNum(); i++) {
            var cell = values.getCell(i);
            Object value = null;
            if (cell != null) {
                value = switch (cell.getCellType()) {
                    case NUMERIC -> org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
                            ? cell.getDateCellValue() : (Object) cell.getNumericCellValue();
                    case BOOLEAN -> cell.getBooleanCellValue();
                    default -> cell.getStringCellValue();
                };
            }
            cells.put(header.getCell(i).getStringCellValue(), value);
        }
        return cells;
    }

    private Map<ProposalStage, StageFigure> funnel(RegisterFilter filter) {
        Map<ProposalStage, StageFigure> result = new EnumMap<>(ProposalStage.class);
        register.figures(filter, ProposalReach.CITY, null).forEach(f -> result.put(f.stage(), f));
        return result;
    }

    private static long count(Map<ProposalStage, StageFigure> funnel, ProposalStage stage) {
        return funnel.containsKey(stage) ? funnel.get(stage).count() : 0;
    }

    private static BigDecimal cost(Map<ProposalStage, StageFigure> funnel, ProposalStage stage) {
        return funnel.containsKey(stage) ? funnel.get(stage).cost() : BigDecimal.ZERO;
    }

    private ProposalDraft draft(String title, BigDecimal volume) {
        return new ProposalDraft(year, ProposalOrigin.RT, MEDONO, RW_002, List.of(RT_003), "Balai RW 002", null, null,
                ProposalKind.NON_FISIK, ProposalField.SOSIAL, null, title, "Banyak balita di bawah garis pertumbuhan",
                null, null, 40, "ibu balita", volume, "kegiatan", new BigDecimal("3000000"), null, null, null, null,
                null);
    }

    private ProposalSummary submitted(String title, BigDecimal volume) {
        ProposalSummary created = proposals.createDraft(draft(title, volume), "rt003.medono");
        return proposals.submit(created.id(), "rt003.medono");
    }

    private void decideRw(ProposalSummary usulan, Map<String, Object> values) {
        inbox.complete(taskOf("rw002.medono", usulan).id(), user("rw002.medono"), values, Map.of());
    }

    /** RW ranks (1 to 99) are unique per list and year; other tests rank in the same list (lowest free first). */
    private int nextRwRank() {
        List<Integer> used = jdbc.sql("select peringkat_rw from usulan where kode_rw = ? and tahun = ? "
                + "and peringkat_rw is not null").params(RW_002, year).query(Integer.class).list();
        for (int rank = 1; rank <= 99; rank++) {
            if (!used.contains(rank)) {
                return rank;
            }
        }
        throw new IllegalStateException("RW 002's list of " + year + " is full; start from a fresh database");
    }

    private InboxTask taskOf(String username, ProposalSummary usulan) {
        return inbox.inbox(user(username)).stream().filter(t -> usulan.number().equals(t.businessKey()))
                .findFirst().orElseThrow();
    }

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    private static AuthenticatedUser stub(String username, PositionType type, String territory, String organisation) {
        Position position = new Position(1L, 1L, type, territory, organisation, PositionStatus.DEFINITIF,
                TestTime.startDate().minusYears(1), null, null);
        return new AuthenticatedUser() {
            @Override
            public List<Position> positions() {
                return List.of(position);
            }

            @Override
            public Set<String> groups() {
                return Set.of(position.groupId());
            }

            @Override
            public String username() {
                return username;
            }

            @Override
            public String displayName() {
                return username;
            }

            @Override
            public String language() {
                return "id";
            }
        };
    }
}

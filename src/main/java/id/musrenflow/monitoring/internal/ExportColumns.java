package id.musrenflow.monitoring.internal;

import id.musrenflow.identity.PositionLabels;
import id.musrenflow.proposal.DecisionLevel;
import id.musrenflow.proposal.ExportRow;
import id.musrenflow.proposal.LevelDecision;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The columns of the register's exports: the full register (every field of an usulan and every level's decision),
 * the SIPD-style forum results (docs/ekspor-sipd.md) and the open data (no names, usernames, phone numbers or
 * reasons written by officials: decisions appear as status and reason code only).
 */
@Component
public class ExportColumns {

    /** A column: header key (translated, or the key itself for the machine-readable files) and its value. */
    public record Column(String key, boolean translatedHeader, BiFunction<ExportRow, Locale, Object> value) {

        public String header(MessageSource messages, Locale locale) {
            return translatedHeader ? messages.getMessage(key, null, key, locale) : key;
        }

        public Object value(ExportRow row, Locale locale) {
            return value.apply(row, locale);
        }
    }

    private final RegionService regions;
    private final OpdService opds;
    private final PositionLabels positions;
    private final MessageSource messages;
    /** Names looked up during one export (cleared when the next one starts: a rename shows at once). */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    ExportColumns(RegionService regions, OpdService opds, PositionLabels positions, MessageSource messages) {
        this.regions = regions;
        this.opds = opds;
        this.positions = positions;
        this.messages = messages;
    }

    public List<Column> full() {
        names.clear();
        List<Column> c = new ArrayList<>();
        add(c, "nomor", (r, l) -> r.number());
        add(c, "tahun", (r, l) -> r.year());
        add(c, "status", (r, l) -> text("status." + r.status().name(), l));
        add(c, "tahap", (r, l) -> text("tahap." + r.stage().name(), l));
        add(c, "diajukan", (r, l) -> r.submittedAt());
        add(c, "diubah", (r, l) -> r.changedAt());
        add(c, "asal", (r, l) -> text("usulan.asal." + r.origin().name(), l));
        add(c, "pengusul", (r, l) -> r.proposer());
        add(c, "jabatan-pengusul", (r, l) -> group(r.proposerPosition(), l));
        add(c, "nama-warga", (r, l) -> r.residentName());
        add(c, "telepon-warga", (r, l) -> r.residentPhone());
        add(c, "kecamatan", (r, l) -> kecamatanName(r.kelurahanCode()));
        add(c, "kelurahan", (r, l) -> name(r.kelurahanCode()));
        add(c, "kode-kelurahan", (r, l) -> r.kelurahanCode());
        add(c, "rw", (r, l) -> r.rwCode() == null ? null : shortLabel(r.rwCode()));
        add(c, "rt", (r, l) -> String.join(", ", r.rtCodes().stream().map(this::shortLabel).toList()));
        add(c, "alamat", (r, l) -> r.address());
        add(c, "lintang", (r, l) -> r.latitude());
        add(c, "bujur", (r, l) -> r.longitude());
        add(c, "jenis", (r, l) -> text("usulan.jenis." + r.kind().name(), l));
        add(c, "bidang", (r, l) -> text("usulan.bidang." + r.field().name(), l));
        add(c, "kode-kamus", (r, l) -> r.catalogueCode());
        add(c, "kamus", (r, l) -> r.catalogueName() == null ? text("pemantauan.ekspor.usulan-langsung", l)
                : r.catalogueName());
        add(c, "judul", (r, l) -> r.title());
        add(c, "revisi", (r, l) -> r.revision());
        add(c, "masalah", (r, l) -> r.problem());
        add(c, "deskripsi", (r, l) -> r.description());
        add(c, "output", (r, l) -> r.expectedOutput());
        add(c, "penerima", (r, l) -> r.beneficiaries());
        add(c, "kelompok-penerima", (r, l) -> r.beneficiaryGroup());
        add(c, "volume", (r, l) -> r.volume());
        add(c, "satuan", (r, l) -> r.unit());
        add(c, "harga-satuan", (r, l) -> r.unitCost());
        add(c, "biaya", (r, l) -> r.cost());
        add(c, "swadaya", (r, l) -> r.selfHelp());
        add(c, "opd-awal", (r, l) -> opd(r.initialOpd()));
        add(c, "opd-akhir", (r, l) -> opd(r.finalOpd() != null ? r.finalOpd() : r.initialOpd()));
        add(c, "sub-kegiatan", (r, l) -> r.subActivityCode());
        add(c, "peringkat-rw", (r, l) -> r.rankRw());
        add(c, "peringkat-kelurahan", (r, l) -> r.rankKelurahan());
        add(c, "peringkat-kecamatan", (r, l) -> r.rankKecamatan());
        add(c, "skor", (r, l) -> r.score());
        add(c, "usulan-ke", (r, l) -> r.repeatCount());
        add(c, "berlaku-sampai", (r, l) -> r.validUntil());
        add(c, "dana-kelurahan", (r, l) -> text(r.kelurahanFund() ? "pemantauan.ya" : "pemantauan.tidak", l));
        for (DecisionLevel level : DecisionLevel.values()) {
            String p = "level." + level.name() + ".";
            c.add(new Column("pemantauan.kolom." + p + "keputusan", true, (r, l) -> decisionText(r.decision(level), l)));
            c.add(new Column("pemantauan.kolom." + p + "kode-alasan", true, (r, l) -> r.decision(level) == null
                    || r.decision(level).reasonCode() == null ? null : text("alasan." + r.decision(level).reasonCode(), l)));
            c.add(new Column("pemantauan.kolom." + p + "alasan", true,
                    (r, l) -> r.decision(level) == null ? null : r.decision(level).reason()));
            c.add(new Column("pemantauan.kolom." + p + "oleh", true, (r, l) -> r.decision(level) == null ? null
                    : group(r.decision(level).position(), l) + " (" + r.decision(level).actor() + ")"));
            c.add(new Column("pemantauan.kolom." + p + "tanggal", true,
                    (r, l) -> r.decision(level) == null ? null : r.decision(level).at()));
        }
        return c;
    }

    /** The columns officials know from SIPD (../shared/sipd-export.md), with our values; see docs/ekspor-sipd.md. */
    public List<Column> sipd() {
        names.clear();
        List<Column> c = new ArrayList<>();
        raw(c, "id_usulan", (r, l) -> r.number());
        raw(c, "tanggal_usul", (r, l) -> r.submittedAt() == null ? null : r.submittedAt().toLocalDate());
        raw(c, "pengusul", (r, l) -> group(r.proposerPosition(), l));
        raw(c, "profil", (r, l) -> text("usulan.asal." + r.origin().name(), l));
        raw(c, "usulan", (r, l) -> r.title());
        raw(c, "masalah", (r, l) -> r.problem());
        raw(c, "alamat", (r, l) -> r.address());
        raw(c, "koordinat", (r, l) -> r.latitude() == null ? null
                : r.latitude().toPlainString() + ", " + r.longitude().toPlainString());
        raw(c, "kabupaten_kota", (r, l) -> name(id.musrenflow.region.TerritoryCodes.KOTA_PEKALONGAN));
        raw(c, "kecamatan", (r, l) -> kecamatanName(r.kelurahanCode()));
        raw(c, "kelurahan", (r, l) -> name(r.kelurahanCode()));
        raw(c, "kode_kelurahan", (r, l) -> r.kelurahanCode());
        raw(c, "usulan_ke", (r, l) -> r.repeatCount());
        raw(c, "opd_tujuan_awal", (r, l) -> opd(r.initialOpd()));
        raw(c, "opd_tujuan_akhir", (r, l) -> opd(r.finalOpd() != null ? r.finalOpd() : r.initialOpd()));
        raw(c, "status", (r, l) -> text("status." + r.status().name(), l));
        raw(c, "catatan", (r, l) -> lastReason(r));
        raw(c, "rekomendasi_mitra", (r, l) -> recommendation(r.decision(DecisionLevel.RW), l));
        raw(c, "rekomendasi_kelurahan", (r, l) -> recommendation(r.decision(DecisionLevel.MUSRENBANG_KELURAHAN) != null
                ? r.decision(DecisionLevel.MUSRENBANG_KELURAHAN) : r.decision(DecisionLevel.KELURAHAN), l));
        raw(c, "rekomendasi_kecamatan", (r, l) -> recommendation(r.decision(DecisionLevel.KECAMATAN), l));
        raw(c, "rekomendasi_skpd", (r, l) -> recommendation(r.decision(DecisionLevel.OPD), l));
        raw(c, "rekomendasi_tapd", (r, l) -> recommendation(r.decision(DecisionLevel.BAPPEDA), l));
        raw(c, "volume", (r, l) -> r.volume());
        raw(c, "satuan", (r, l) -> r.unit());
        raw(c, "anggaran", (r, l) -> r.cost());
        raw(c, "jenis_belanja", (r, l) -> text("pemantauan.ekspor.belanja." + r.kind().name(), l));
        raw(c, "sub_kegiatan", (r, l) -> r.subActivityCode());
        return c;
    }

    /** Open data: machine keys, codes beside names, decisions as status and reason code; nothing personal. */
    public List<Column> openData() {
        names.clear();
        List<Column> c = new ArrayList<>();
        raw(c, "nomor", (r, l) -> r.number());
        raw(c, "tahun", (r, l) -> r.year());
        raw(c, "status", (r, l) -> r.status().name());
        raw(c, "tahap", (r, l) -> r.stage().name());
        raw(c, "tanggal_diajukan", (r, l) -> r.submittedAt() == null ? null : r.submittedAt().toLocalDate());
        raw(c, "asal", (r, l) -> r.origin().name());
        raw(c, "kode_kecamatan", (r, l) -> kecamatanCode(r.kelurahanCode()));
        raw(c, "kecamatan", (r, l) -> kecamatanName(r.kelurahanCode()));
        raw(c, "kode_kelurahan", (r, l) -> r.kelurahanCode());
        raw(c, "kelurahan", (r, l) -> name(r.kelurahanCode()));
        raw(c, "rw", (r, l) -> r.rwCode() == null ? null : shortLabel(r.rwCode()));
        raw(c, "alamat", (r, l) -> r.address());
        raw(c, "lintang", (r, l) -> r.latitude());
        raw(c, "bujur", (r, l) -> r.longitude());
        raw(c, "jenis", (r, l) -> r.kind().name());
        raw(c, "bidang", (r, l) -> r.field().name());
        raw(c, "kode_kamus", (r, l) -> r.catalogueCode());
        raw(c, "judul", (r, l) -> r.title());
        raw(c, "masalah", (r, l) -> r.problem());
        raw(c, "volume", (r, l) -> r.volume());
        raw(c, "satuan", (r, l) -> r.unit());
        raw(c, "biaya", (r, l) -> r.cost());
        raw(c, "opd_awal", (r, l) -> r.initialOpd());
        raw(c, "opd_akhir", (r, l) -> r.finalOpd() != null ? r.finalOpd() : r.initialOpd());
        raw(c, "sub_kegiatan", (r, l) -> r.subActivityCode());
        raw(c, "usulan_ke", (r, l) -> r.repeatCount());
        raw(c, "dana_kelurahan", (r, l) -> r.kelurahanFund());
        for (DecisionLevel level : DecisionLevel.values()) {
            String p = level.name().toLowerCase(Locale.ROOT);
            raw(c, "keputusan_" + p, (r, l) -> r.decision(level) == null ? null : r.decision(level).decision().name());
            raw(c, "kode_alasan_" + p, (r, l) -> r.decision(level) == null ? null : r.decision(level).reasonCode());
        }
        return c;
    }

    private static void add(List<Column> columns, String key, BiFunction<ExportRow, Locale, Object> value) {
        columns.add(new Column("pemantauan.kolom." + key, true, value));
    }

    private static void raw(List<Column> columns, String key, BiFunction<ExportRow, Locale, Object> value) {
        columns.add(new Column(key, false, value));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Position labels read the region hierarchy: looked up once per export, not once per row (MonitoringBenchmark). */
    private String group(String groupId, Locale locale) {
        return groupId == null ? null : names.computeIfAbsent("group:" + locale + ":" + groupId,
                k -> positions.groupLabel(groupId, (key, a) -> messages.getMessage(key, a, key, locale)));
    }

    private String decisionText(LevelDecision d, Locale locale) {
        return d == null ? null : text("status." + d.decision().name(), locale);
    }

    private String recommendation(LevelDecision d, Locale locale) {
        if (d == null) {
            return null;
        }
        String text = text("status." + d.decision().name(), locale);
        return d.reasonCode() == null ? text : text + " (" + text("alasan." + d.reasonCode(), locale) + ")";
    }

    private static String lastReason(ExportRow r) {
        LevelDecision last = null;
        for (LevelDecision d : r.decisions().values()) {
            if (d.reason() != null && (last == null || d.at().isAfter(last.at()))) {
                last = d;
            }
        }
        return last == null ? null : last.reason();
    }

    private String opd(String code) {
        return code == null ? null : names.computeIfAbsent("opd:" + code,
                k -> opds.find(code).map(Opd::name).orElse(code));
    }

    private String name(String code) {
        return code == null ? null : names.computeIfAbsent(code, k -> regions.find(code).map(Territory::name)
                .orElse(code));
    }

    private String shortLabel(String code) {
        return names.computeIfAbsent("short:" + code, k -> regions.find(code).map(Territory::shortLabel).orElse(code));
    }

    private static String kecamatanCode(String kelurahanCode) {
        return kelurahanCode == null || kelurahanCode.length() < 8 ? null : kelurahanCode.substring(0, 8);
    }

    private String kecamatanName(String kelurahanCode) {
        return name(kecamatanCode(kelurahanCode));
    }
}

package id.musrenflow.proposal.internal;

import id.musrenflow.base.Rupiah;
import id.musrenflow.proposal.CatalogueColumn;
import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueItemDraft;
import id.musrenflow.proposal.CatalogueProblem;
import id.musrenflow.proposal.CatalogueReferences;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of one catalogue item, the same for the admin's dialog and every row of an imported workbook. Pure:
 * the references (OPD, bidang urusan, sub kegiatan) come from the caller.
 */
public final class CatalogueRules {

    /**
     * Dana kelurahan is booked in the kecamatan budget on kegiatan 7.01.03.2.02 (Permendagri 130/2018; domain guide
     * §2): sub kegiatan .0002 sarana-prasarana and .0003 pemberdayaan. The third one, .0001, pays for the musrenbang
     * forum itself, never for an usulan.
     */
    public static final Set<String> DANA_KELURAHAN_SUB_ACTIVITIES = Set.of("7.01.03.2.02.0002", "7.01.03.2.02.0003");

    /** The audit trail's object type of catalogue items and years. */
    public static final String AUDIT_OBJECT = "KAMUS_USULAN";

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,29}");
    private static final int MAX_NAME = 200;
    private static final int MAX_UNIT = 30;

    private CatalogueRules() {
    }

    /** Trims the texts and upper-cases the codes, so " paving " and "PAVING" are one item. */
    public static CatalogueItemDraft normalise(CatalogueItemDraft d) {
        return new CatalogueItemDraft(upper(d.code()), strip(d.name()), d.kind(), d.field(), strip(d.unit()),
                whole(d.unitCost()), upper(d.opdCode()), strip(d.fieldOfGovernment()), strip(d.subActivityCode()),
                d.danaKelurahan(), d.photoRequired(), d.coordinatesRequired(), d.landEvidenceRequired());
    }

    /** Every problem of a normalised item, in column order; empty when it may be stored. */
    public static List<CatalogueProblem> check(int row, CatalogueItemDraft d, CatalogueReferences references) {
        List<CatalogueProblem> problems = new ArrayList<>();
        if (d.code() == null || !CODE.matcher(d.code()).matches()) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.KODE, "kamus.error.kode"));
        }
        if (d.name() == null || d.name().length() > MAX_NAME || DraftRules.hasMarkup(d.name())) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.NAMA, "kamus.error.nama", MAX_NAME));
        }
        if (d.kind() == null) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.JENIS, "kamus.error.jenis"));
        }
        if (d.field() == null) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.BIDANG, "kamus.error.bidang"));
        }
        if (d.unit() == null || d.unit().length() > MAX_UNIT || DraftRules.hasMarkup(d.unit())) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.SATUAN, "kamus.error.satuan", MAX_UNIT));
        }
        if (d.unitCost() == null || d.unitCost().signum() < 0 || d.unitCost().stripTrailingZeros().scale() > 0
                || d.unitCost().compareTo(references.maxUnitCost()) > 0) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.HARGA_SATUAN, "kamus.error.harga",
                    Rupiah.format(references.maxUnitCost())));
        }
        if (d.opdCode() == null) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.OPD, "kamus.error.opd-wajib"));
        } else if (!references.opdCodes().contains(d.opdCode())) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.OPD, "kamus.error.opd", d.opdCode()));
        }
        if (d.fieldOfGovernment() == null) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.BIDANG_URUSAN, "kamus.error.bidang-urusan-wajib"));
        } else if (!references.fieldsOfGovernment().contains(d.fieldOfGovernment())) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.BIDANG_URUSAN, "kamus.error.bidang-urusan",
                    d.fieldOfGovernment()));
        }
        if (d.subActivityCode() != null && !references.subActivities().contains(d.subActivityCode())) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.SUB_KEGIATAN, "kamus.error.sub-kegiatan",
                    d.subActivityCode()));
        } else if (d.danaKelurahan() && (d.subActivityCode() == null
                || !DANA_KELURAHAN_SUB_ACTIVITIES.contains(d.subActivityCode()))) {
            problems.add(new CatalogueProblem(row, CatalogueColumn.DANA_KELURAHAN, "kamus.error.dana-kelurahan"));
        }
        return problems;
    }

    /** The audit trail's id of an item: year and code, which stay when the item is edited. */
    public static String auditId(CatalogueEntry entry) {
        return entry.item().year() + "/" + entry.item().code();
    }

    /** Every field of the item, for the audit trail. */
    public static String describe(CatalogueItemDraft d) {
        return String.join(" | ", d.name(), d.kind().name(), d.field().name(), d.unit(), d.unitCost().toPlainString(),
                d.opdCode(), d.fieldOfGovernment(), Objects.toString(d.subActivityCode(), "-"),
                "dana kelurahan " + d.danaKelurahan(), "foto " + d.photoRequired(),
                "koordinat " + d.coordinatesRequired(), "bukti lahan " + d.landEvidenceRequired());
    }

    /** 1.35E+5 read from a spreadsheet and 135000 from the database are the same amount. */
    private static BigDecimal whole(BigDecimal amount) {
        return amount == null || amount.stripTrailingZeros().scale() > 0 ? amount
                : amount.setScale(0, RoundingMode.UNNECESSARY);
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String upper(String text) {
        String stripped = strip(text);
        return stripped == null ? null : stripped.toUpperCase(Locale.ROOT);
    }
}

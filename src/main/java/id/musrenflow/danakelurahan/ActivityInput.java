package id.musrenflow.danakelurahan;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.Rupiah;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Checks of what users enter on the activity page; each refusal names the field and the rule. */
final class ActivityInput {

    private ActivityInput() {
    }

    /** Rows left wholly empty are ignored; a half-filled row is refused. */
    static List<TeamMember> teams(List<TeamMember> rows) {
        List<TeamMember> members = new ArrayList<>();
        for (TeamMember row : rows == null ? List.<TeamMember>of() : rows) {
            String name = row.name() == null ? "" : row.name().strip();
            String role = row.role() == null ? "" : row.role().strip();
            if (name.isEmpty() && role.isEmpty()) {
                continue;
            }
            if (row.team() == null || !plain(name, 2, 120) || !plain(role, 2, 120)) {
                throw new BusinessException("kegiatan.error.anggota-tim", name.isEmpty() ? "?" : name);
            }
            members.add(new TeamMember(row.team(), name, role));
        }
        return members;
    }

    static ProviderContract contract(ProviderContract c, ContractForm form, BigDecimal budget, LocalDate today) {
        if (c == null || !plain(c.providerName(), 3, 200)) {
            throw new BusinessException("kegiatan.error.penyedia-nama");
        }
        String npwp = c.npwp() == null ? "" : c.npwp().replaceAll("[.\\-\\s]", "");
        if (!npwp.matches("\\d{15}|\\d{16}")) {
            throw new BusinessException("kegiatan.error.npwp");
        }
        if (!plain(c.number(), 3, 100)) {
            throw new BusinessException("kegiatan.error.nomor-kontrak");
        }
        if (c.value() == null || c.value().signum() <= 0 || c.value().stripTrailingZeros().scale() > 0) {
            throw new BusinessException("kegiatan.error.nilai-kontrak", Rupiah.format(budget));
        }
        if (c.value().compareTo(budget) > 0) {
            throw new BusinessException("kegiatan.error.nilai-kontrak", Rupiah.format(budget));
        }
        if (c.date() == null || c.start() == null || c.end() == null) {
            throw new BusinessException("kegiatan.error.tanggal-kontrak-wajib");
        }
        if (c.date().isAfter(today)) {
            // a contract is recorded once signed: its date has happened
            throw new BusinessException("kegiatan.error.tanggal-kontrak-belum-terjadi",
                    IndonesianDates.shortDate(c.date()), IndonesianDates.shortDate(today));
        }
        if (c.start().isBefore(c.date()) || !c.end().isAfter(c.start())) {
            throw new BusinessException("kegiatan.error.urutan-tanggal");
        }
        return new ProviderContract(c.providerName().strip(), npwp, c.number().strip(), form, c.date(), c.value(),
                c.start(), c.end());
    }

    /**
     * Physical and financial % of a report: whole numbers 0–100, never below the last report, and the financial %
     * not beyond the share of the budget released so far.
     */
    static void progress(Integer physical, Integer financial, int lastPhysical, int lastFinancial, BigDecimal released,
                         BigDecimal budget) {
        if (physical == null || physical < 0 || physical > 100) {
            throw new BusinessException("kegiatan.error.fisik-rentang");
        }
        if (financial == null || financial < 0 || financial > 100) {
            throw new BusinessException("kegiatan.error.keuangan-rentang");
        }
        if (physical < lastPhysical) {
            throw new BusinessException("kegiatan.error.fisik-mundur", lastPhysical);
        }
        if (financial < lastFinancial) {
            throw new BusinessException("kegiatan.error.keuangan-mundur", lastFinancial);
        }
        int releasedPercent = released.multiply(BigDecimal.valueOf(100)).divide(budget, 0, RoundingMode.UP).intValue();
        if (financial > releasedPercent) {
            throw new BusinessException("kegiatan.error.keuangan-melebihi-pencairan", releasedPercent);
        }
    }

    static void realised(BigDecimal realised, BigDecimal released) {
        if (realised == null || realised.signum() < 0 || realised.stripTrailingZeros().scale() > 0) {
            throw new BusinessException("kegiatan.error.realisasi", Rupiah.format(released));
        }
        if (realised.compareTo(released) > 0) {
            throw new BusinessException("kegiatan.error.realisasi-melebihi", Rupiah.format(released));
        }
    }

    /** Null when left empty; otherwise at most 1000 characters without markup. */
    static String optionalText(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!plain(text, 1, 1000)) {
            throw new BusinessException(messageKey);
        }
        return text.strip();
    }

    private static boolean plain(String text, int min, int max) {
        if (text == null) {
            return false;
        }
        String s = text.strip();
        return s.length() >= min && s.length() <= max && !s.contains("<") && !s.contains(">");
    }
}

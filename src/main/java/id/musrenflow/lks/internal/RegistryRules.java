package id.musrenflow.lks.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.BusinessProblems;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.lks.OfficerDraft;
import id.musrenflow.lks.OrganisationDraft;
import java.util.regex.Pattern;

/**
 * Checks of what the registry forms send, each refusal with its own message key so the screen can put it next to
 * the field. Officer terms: the end, when known, comes after the start. domain.md §3 sets no maximum term for LKS
 * officers (the 5-year term of §4 is for LKK officers), so none is enforced here.
 */
public final class RegistryRules {

    private static final Pattern NIK = Pattern.compile("\\d{16}");

    private RegistryRules() {
    }

    public static OrganisationDraft organisation(OrganisationDraft d) {
        String name = text(d.name(), 3, 200, "lks.registri.error.nama");
        if (d.legalForm() == null) {
            throw new BusinessException("lks.registri.error.bentuk");
        }
        String deed = text(d.deedNumber(), 3, 100, "lks.registri.error.akta");
        String decree = d.decreeNumber() == null || d.decreeNumber().isBlank() ? null
                : text(d.decreeNumber(), 3, 100, "lks.registri.error.sk");
        String address = text(d.address(), 5, 300, "lks.registri.error.alamat");
        if (d.kelurahanCode() == null || d.kelurahanCode().isBlank()) {
            throw new BusinessException("lks.registri.error.kelurahan");
        }
        if (d.serviceField() == null) {
            throw new BusinessException("lks.registri.error.bidang");
        }
        return new OrganisationDraft(name, d.legalForm(), deed, decree, address, d.kelurahanCode(), d.serviceField());
    }

    /** On an edit ({@code newOfficer} false) a blank NIK keeps the stored one. Every broken rule at once. */
    public static OfficerDraft officer(OfficerDraft d, boolean newOfficer, String reason) {
        BusinessProblems.Collector problems = new BusinessProblems.Collector();
        String name = problems.value(() -> text(d.name(), 3, 120, "lks.pengurus.error.nama"));
        String role = problems.value(() -> text(d.role(), 2, 60, "lks.pengurus.error.jabatan"));
        String nik = d.nik() == null ? "" : d.nik().replaceAll("\\s", "");
        if (nik.isEmpty() && !newOfficer) {
            nik = null;
        } else if (!NIK.matcher(nik).matches()) {
            problems.add("lks.pengurus.error.nik");
        }
        if (d.start() == null) {
            problems.add("lks.pengurus.error.mulai");
        } else if (d.end() != null && !d.end().isAfter(d.start())) {
            problems.add("lks.pengurus.error.masa-urutan", IndonesianDates.shortDate(d.start()),
                    IndonesianDates.shortDate(d.end()));
        }
        problems.check(() -> reason(reason));
        problems.throwIfAny();
        return new OfficerDraft(name, role, nik, d.start(), d.end());
    }

    public static String reason(String reason) {
        return text(reason, 5, 1000, "lks.registri.error.alasan");
    }

    private static String text(String value, int min, int max, String key) {
        String text = value == null ? "" : value.strip();
        if (text.length() < min || text.length() > max) {
            throw new BusinessException(key, min, max);
        }
        return text;
    }
}

package id.musrenflow.proposal.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianNumbers;
import id.musrenflow.base.Rupiah;
import id.musrenflow.proposal.CatalogueItem;
import id.musrenflow.proposal.ProposalDraft;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.region.TerritoryCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/** Checks a draft before it is stored; every refusal carries a message key for the user's language. */
@Component
public class DraftRules {

    private static final Pattern MARKUP = Pattern.compile("<\\s*/?\\s*[a-zA-Z!][^>]*>|javascript:", Pattern.CASE_INSENSITIVE);

    private final ProposalLimits limits;

    DraftRules(ProposalLimits limits) {
        this.limits = limits;
    }

    /** Markup or a script link in free text; forms use it to flag the field before anything is sent. */
    public static boolean hasMarkup(String text) {
        return text != null && MARKUP.matcher(text).find();
    }

    public void check(ProposalDraft d) {
        required(d.title(), "usulan.error.judul-wajib");
        required(d.problem(), "usulan.error.masalah-wajib");
        required(d.address(), "usulan.error.alamat-wajib");
        required(d.unit(), "usulan.error.satuan-wajib");
        if (d.kind() == null || d.field() == null || d.origin() == null) {
            throw new BusinessException("usulan.error.jenis-wajib");
        }
        if (d.title().strip().length() > 200) {
            throw new BusinessException("usulan.error.terlalu-panjang", "judul", 200);
        }
        for (String text : new String[] {d.title(), d.problem(), d.description(), d.expectedOutput(), d.address(),
                d.beneficiaryGroup(), d.communityContribution(), d.costReason(), d.residentName()}) {
            if (text != null && MARKUP.matcher(text).find()) {
                throw new BusinessException("usulan.error.html");
            }
            if (text != null && text.length() > limits.maxTextLength()) {
                throw new BusinessException("usulan.error.terlalu-panjang", "", limits.maxTextLength());
            }
        }
        if (d.volume() == null || d.volume().signum() <= 0 || d.volume().compareTo(limits.maxVolume()) > 0) {
            throw new BusinessException("usulan.error.volume", IndonesianNumbers.format(limits.maxVolume()));
        }
        if (d.cost() != null && (d.cost().signum() < 0 || d.cost().compareTo(limits.maxCost()) > 0)) {
            throw new BusinessException("usulan.error.biaya", Rupiah.format(limits.maxCost()));
        }
        if (d.beneficiaries() != null && (d.beneficiaries() < 0 || d.beneficiaries() > 1_000_000)) {
            throw new BusinessException("usulan.error.penerima-manfaat");
        }
        checkCoordinates(d.latitude(), d.longitude());
        checkTerritory(d);
    }

    private static void checkTerritory(ProposalDraft d) {
        if (d.kelurahanCode() == null || d.rtCodes() == null || d.rtCodes().isEmpty()) {
            throw new BusinessException("usulan.error.rt-wajib");
        }
        // the RW review task goes to the head of one RW: RT and resident usulan must lie in a single RW
        if (d.origin().needsRwReview() && d.rwCode() == null) {
            throw new BusinessException("usulan.error.satu-rw");
        }
        for (String rt : d.rtCodes()) {
            if (!TerritoryCodes.contains(d.kelurahanCode(), rt) || (d.rwCode() != null && !TerritoryCodes.contains(d.rwCode(), rt))) {
                throw new BusinessException("usulan.error.rt-di-luar-wilayah", rt);
            }
        }
    }

    /** Coordinates, when given, must lie in the city's map box (a typed point with swapped digits is caught). */
    private void checkCoordinates(BigDecimal latitude, BigDecimal longitude) {
        if (latitude == null && longitude == null) {
            return;
        }
        if (latitude == null || longitude == null || !limits.mapBox().contains(latitude, longitude)) {
            throw new BusinessException("usulan.error.koordinat");
        }
    }

    /** What the proposer says was corrected when resubmitting a returned usulan (form-revisi-usulan's rules). */
    public void checkRevisionNote(String note) {
        if (note == null || note.isBlank()) {
            throw new BusinessException("usulan.revisi.error.catatan-wajib");
        }
        if (note.strip().length() < 5 || note.strip().length() > 1000) {
            throw new BusinessException("usulan.revisi.error.catatan-panjang", 5, 1000);
        }
        if (MARKUP.matcher(note).find()) {
            throw new BusinessException("usulan.error.html");
        }
    }

    /** Volume × unit cost, unless the proposer overrides it with a reason. */
    public BigDecimal cost(ProposalDraft d, CatalogueItem item) {
        BigDecimal unitCost = item != null ? item.unitCost() : d.unitCost();
        BigDecimal computed = unitCost == null ? null : unitCost.multiply(d.volume()).setScale(0, RoundingMode.HALF_UP);
        if (d.cost() == null) {
            if (computed == null) {
                throw new BusinessException("usulan.error.biaya-wajib");
            }
            return computed;
        }
        if (computed != null && d.cost().compareTo(computed) != 0 && (d.costReason() == null || d.costReason().isBlank())) {
            throw new BusinessException("usulan.error.alasan-biaya");
        }
        return d.cost().setScale(0, RoundingMode.HALF_UP);
    }

    private static void required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new BusinessException(key);
        }
    }
}

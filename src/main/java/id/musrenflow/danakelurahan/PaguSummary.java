package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/** A kelurahan's pagu for a year and how much of it is allocated. */
public record PaguSummary(int year, String kelurahanCode, BigDecimal pagu, BigDecimal allocated) {

    public BigDecimal remaining() {
        return pagu.subtract(allocated);
    }
}

package id.musrenflow.proposal;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits that officials may change per city, held as configuration (musrenflow.usulan.*). The map box is the
 * city's extent with a margin: a typed point outside it is almost certainly a typing error.
 */
@ConfigurationProperties("musrenflow.usulan")
public record ProposalLimits(BigDecimal maxVolume, BigDecimal maxCost, DataSize maxPhotoSize, int maxTextLength,
                             MapBox mapBox, int masaBerlakuTahun) {

    /**
     * The last day an usulan of {@code planningYear} stays valid (masa berlaku): the end of the last budget year it
     * may still be funded in, {@code masaBerlakuTahun} planning years counted from its own.
     */
    public java.time.LocalDate validUntil(int planningYear) {
        return java.time.LocalDate.of(planningYear + masaBerlakuTahun - 1, 12, 31);
    }

    public record MapBox(BigDecimal south, BigDecimal north, BigDecimal west, BigDecimal east) {

        public boolean contains(BigDecimal latitude, BigDecimal longitude) {
            return latitude.compareTo(south) >= 0 && latitude.compareTo(north) <= 0
                    && longitude.compareTo(west) >= 0 && longitude.compareTo(east) <= 0;
        }
    }

    /** The width of the usulan's paragraph columns (V25); a longer configured limit would end in database errors. */
    public static final int TEXT_COLUMN_WIDTH = 4000;

    public ProposalLimits {
        maxVolume = maxVolume == null ? new BigDecimal("100000") : maxVolume;
        maxCost = maxCost == null ? new BigDecimal("50000000000") : maxCost;
        maxPhotoSize = maxPhotoSize == null ? DataSize.ofMegabytes(5) : maxPhotoSize;
        maxTextLength = maxTextLength <= 0 ? TEXT_COLUMN_WIDTH : maxTextLength;
        if (maxTextLength > TEXT_COLUMN_WIDTH) {
            throw new IllegalArgumentException("musrenflow.usulan.max-text-length " + maxTextLength
                    + " is wider than the usulan text columns (" + TEXT_COLUMN_WIDTH + ")");
        }
        masaBerlakuTahun = masaBerlakuTahun <= 0 ? 3 : masaBerlakuTahun;
        mapBox = mapBox == null ? new MapBox(new BigDecimal("-6.98"), new BigDecimal("-6.80"),
                new BigDecimal("109.60"), new BigDecimal("109.74")) : mapBox;
    }
}

package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/**
 * One line of the Rencana Kegiatan Kelurahan as printed: the allocation with where its candidate came from.
 *
 * @param reference usulan number or LKK programme number
 * @param location  RW/RT the usulan serves, or the LKK that runs the activity
 * @param volume    null when the candidate has no volume (LKK activities)
 */
public record PlanLine(FundField field, String subActivityCode, String description, String reference,
                       String location, BigDecimal volume, String unit, BigDecimal amount) {
}

package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/** One kelurahan's pagu as read from an imported workbook, with the row it came from. */
public record PaguRow(int row, String kelurahanCode, BigDecimal pagu) {
}

package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/** Money of a kelurahan's pagu set aside for one activity. */
public record Allocation(long id, int year, String kelurahanCode, FundField field, String description,
                         BigDecimal amount, int version) {
}

package id.musrenflow.danakelurahan;

import java.math.BigDecimal;

/**
 * One activity as the officer enters it.
 *
 * @param budget   requested Rupiah, whole, more than zero
 * @param training the activity is a training (pelatihan); the implementation-mode table treats those apart
 */
public record ActivityDraft(String name, ProgrammeTheme theme, String targetGroup, BigDecimal budget,
                            boolean training) {
}

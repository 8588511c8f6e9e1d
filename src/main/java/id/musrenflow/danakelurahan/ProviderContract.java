package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The contract with a third party (penyedia); the form comes from the decision table. */
public record ProviderContract(String providerName, String npwp, String number, ContractForm form, LocalDate date,
                               BigDecimal value, LocalDate start, LocalDate end) {
}

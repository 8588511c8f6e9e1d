package id.musrenflow.proposal.internal;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * musrenflow.usulan.masa-berlaku-siklus: for how many later planning cycles an usulan left out of the RKPD or out of
 * the OPD's budget stays valid (domain guide §1, configurable: no regulation fixes the number).
 */
@ConfigurationProperties("musrenflow.usulan")
public record CarryOverSettings(Integer masaBerlakuSiklus) {

    public CarryOverSettings {
        masaBerlakuSiklus = masaBerlakuSiklus == null || masaBerlakuSiklus < 0 ? 1 : masaBerlakuSiklus;
    }

    /**
     * The forums of planning year n+1 sit during year n, so an usulan of planning year n that stays valid for k more
     * cycles is valid until 31 December of year n + k - 1 (k = 0: only until its own year's forums, already past).
     */
    public LocalDate validUntil(int planningYear) {
        return LocalDate.of(planningYear + masaBerlakuSiklus - 1, 12, 31);
    }
}

package id.musrenflow.proposal.process;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** Starts the validity timer of an unfunded usulan: it fires the day after its masa berlaku ends, 00.00 WIB. */
@Component
public class ValidityTimer {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final RuntimeService runtime;

    ValidityTimer(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public void start(long usulanId, String number, LocalDate validUntil) {
        runtime.startProcessInstanceByKey(MasaBerlakuUsulanProcess.KEY, number, Map.of(
                MasaBerlakuUsulanProcess.Var.USULAN_ID, usulanId,
                MasaBerlakuUsulanProcess.Var.BATAS_BERLAKU,
                Date.from(validUntil.plusDays(1).atStartOfDay(WIB).toInstant())));
    }
}

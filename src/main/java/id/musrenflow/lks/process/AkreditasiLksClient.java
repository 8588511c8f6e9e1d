package id.musrenflow.lks.process;

import id.musrenflow.lks.AccreditationApplication;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts the akreditasi-lks process; the only place AccreditationService reaches the engine from. */
@Component
public class AkreditasiLksClient {

    private final RuntimeService runtime;

    AkreditasiLksClient(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Business key = application number (AK-2027-0001); variables are ids and names only. */
    public String start(AccreditationApplication application, String actor) {
        var variables = Variables.createVariables()
                .putValue(AkreditasiLksProcess.Var.AKREDITASI_ID, application.id())
                .putValue(AkreditasiLksProcess.Var.NOMOR, application.number())
                .putValue(AkreditasiLksProcess.Var.KODE_LKS, application.organisationCode())
                .putValue(AkreditasiLksProcess.Var.NAMA_LKS, application.organisationName())
                .putValue(AkreditasiLksProcess.Var.PENGAJU, application.submittedBy())
                .putValueTyped(AkreditasiLksProcess.Var.PELAKU, Variables.stringValue(actor, true));
        return runtime.startProcessInstanceByKey(AkreditasiLksProcess.KEY, application.number(), variables).getId();
    }
}

package id.musrenflow.proposal.process;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Starts the usulan-musrenbang instances of the demo season right before the element each usulan waits at (a task
 * or a forum's message event), with the variables the model reads there, so inboxes and the diagram's counts are
 * real. Demo data only: real usulan start at the start event through {@link UsulanProcessClient}.
 */
@Component
public class DemoSeasonProcesses {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private final RuntimeService runtime;

    DemoSeasonProcesses(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** One waiting usulan: the element, its ids and codes, and its task's due date (null for a forum or the RKPD). */
    public record Waiting(String element, long usulanId, String number, int year, String title, String proposer,
                          boolean rwReview, String rwCode, String kelurahanCode, String kecamatanCode, String opdCode,
                          String revisionStage, LocalDateTime due, LocalDateTime reminder) {
    }

    /** Returns the process instance id. */
    public String start(Waiting w) {
        var variables = Variables.fromMap(Map.of(
                        UsulanMusrenbangProcess.Var.USULAN_ID, w.usulanId(),
                        UsulanMusrenbangProcess.Var.NOMOR, w.number(),
                        UsulanMusrenbangProcess.Var.TAHUN, w.year(),
                        UsulanMusrenbangProcess.Var.JUDUL, w.title(),
                        UsulanMusrenbangProcess.Var.PENGUSUL, w.proposer(),
                        UsulanMusrenbangProcess.Var.PERLU_TELAAH_RW, w.rwReview(),
                        UsulanMusrenbangProcess.Var.KODE_RW, w.rwCode(),
                        UsulanMusrenbangProcess.Var.KODE_KELURAHAN, w.kelurahanCode(),
                        UsulanMusrenbangProcess.Var.KODE_KECAMATAN, w.kecamatanCode(),
                        UsulanMusrenbangProcess.Var.KODE_OPD, w.opdCode()));
        if (w.revisionStage() != null) {
            variables.putValue(UsulanMusrenbangProcess.Var.TAHAP_REVISI, w.revisionStage());
        }
        if (w.due() != null) {
            variables.putValue(UsulanMusrenbangProcess.Var.BATAS_WAKTU, date(w.due()))
                    .putValue(UsulanMusrenbangProcess.Var.WAKTU_PENGINGAT, date(w.reminder()));
        }
        return runtime.createProcessInstanceByKey(UsulanMusrenbangProcess.KEY).businessKey(w.number())
                .setVariables(variables).startBeforeActivity(w.element()).execute().getId();
    }

    private static Date date(LocalDateTime value) {
        return value == null ? null : Date.from(value.atZone(WIB).toInstant());
    }
}

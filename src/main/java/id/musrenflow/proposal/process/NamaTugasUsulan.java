package id.musrenflow.proposal.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Gives each task a business-meaningful name: "Telaah usulan oleh Ketua RW: U-2027-… · Paving jalan". */
@Component("namaTugasUsulan")
public class NamaTugasUsulan {

    public void beri(DelegateTask task) {
        Object number = task.getVariable(UsulanMusrenbangProcess.Var.NOMOR);
        Object title = task.getVariable(UsulanMusrenbangProcess.Var.JUDUL);
        String base = task.getName() == null ? "" : task.getName();
        task.setName(base + ": " + number + (title == null ? "" : " · " + title));
    }
}

package id.musrenflow.season.process;

import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import id.musrenflow.season.process.MusimPerencanaanProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CatatJendelaDibuka: the window's opening timer fired (or an extension reopened it). */
@Component
public class CatatJendelaDibukaDelegate implements JavaDelegate {

    private final SeasonService seasons;

    CatatJendelaDibukaDelegate(SeasonService seasons) {
        this.seasons = seasons;
    }

    @Override
    public void execute(DelegateExecution execution) {
        seasons.recordWindowOpened((Integer) execution.getVariable(Var.TAHUN),
                Stage.valueOf((String) execution.getVariable(Var.TAHAP)));
    }
}

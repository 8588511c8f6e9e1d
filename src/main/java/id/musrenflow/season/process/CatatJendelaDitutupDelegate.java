package id.musrenflow.season.process;

import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import id.musrenflow.season.process.MusimPerencanaanProcess.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CatatJendelaDitutup: the window's closing timer fired. */
@Component
public class CatatJendelaDitutupDelegate implements JavaDelegate {

    private final SeasonService seasons;

    CatatJendelaDitutupDelegate(SeasonService seasons) {
        this.seasons = seasons;
    }

    @Override
    public void execute(DelegateExecution execution) {
        seasons.recordWindowClosed((Integer) execution.getVariable(Var.TAHUN),
                Stage.valueOf((String) execution.getVariable(Var.TAHAP)));
    }
}

package id.musrenflow.season.process;

import id.musrenflow.season.Stage;
import id.musrenflow.season.process.MusimPerencanaanProcess.Var;
import java.util.Arrays;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/** The season's engine side: one process instance per season, told of extensions and of the season's end. */
@Component
public class SeasonProcessClient {

    private final RuntimeService runtime;

    SeasonProcessClient(RuntimeService runtime) {
        this.runtime = runtime;
    }

    public String start(int planningYear) {
        return runtime.startProcessInstanceByKey(MusimPerencanaanProcess.KEY,
                MusimPerencanaanProcess.businessKey(planningYear),
                Map.of(Var.TAHUN, planningYear, Var.TAHAPAN, Arrays.stream(Stage.values()).map(Stage::name).toList()))
                .getId();
    }

    /**
     * The window's end moved: its close timer (or, for a window already closed, its reopening) waits for this
     * message. A window whose opening timer has not fired yet waits for nothing; it reads the new end when it opens.
     */
    public void extended(int planningYear, Stage stage) {
        runtime.createMessageCorrelation(MusimPerencanaanProcess.MESSAGE_EXTENDED_PREFIX + stage.name())
                .processInstanceBusinessKey(MusimPerencanaanProcess.businessKey(planningYear))
                .correlateAll();
    }

    public void closed(int planningYear) {
        runtime.createMessageCorrelation(MusimPerencanaanProcess.MESSAGE_SEASON_CLOSED)
                .processInstanceBusinessKey(MusimPerencanaanProcess.businessKey(planningYear))
                .correlateAll();
    }
}

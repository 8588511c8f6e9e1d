package id.musrenflow.proposal;

import id.musrenflow.proposal.process.StageDeadlines;
import java.util.Map;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/**
 * The working days a funnel stage's task is allowed (musrenflow.usulan.tenggat-hari-kerja), for planners who set
 * the time usulan spend in a stage beside its deadline. Forum stages have no task of their own: their time is the
 * season's window, so they have no allowance here.
 */
@Component
public class StageAllowances {

    /** The task stage (TenggatTahap's key) that holds the usulan of each funnel stage. */
    private static final Map<ProposalStage, String> TASK_STAGES = Map.of(ProposalStage.RW, "RW",
            ProposalStage.VERIFIKASI_KELURAHAN, "KELURAHAN", ProposalStage.VERIFIKASI_KECAMATAN, "LAPANGAN",
            ProposalStage.OPD, "OPD", ProposalStage.BAPPEDA, "BAPPEDA");

    private final StageDeadlines deadlines;

    StageAllowances(StageDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    public OptionalInt workingDays(ProposalStage stage) {
        String task = TASK_STAGES.get(stage);
        return task == null ? OptionalInt.empty() : OptionalInt.of(deadlines.workingDays(task));
    }
}

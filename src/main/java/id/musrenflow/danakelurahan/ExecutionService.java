package id.musrenflow.danakelurahan;

import id.musrenflow.danakelurahan.internal.FiguresStore;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Execution of dana kelurahan activities (issue 4 point 4, processes/pelaksanaan-kegiatan-kelurahan.bpmn): from the
 * approved plan to a closed activity, and the figures the budget board reads.
 */
@Service
public class ExecutionService {

    private final FiguresStore figures;

    ExecutionService(FiguresStore figures) {
        this.figures = figures;
    }

    /**
     * One row per allocation of the kelurahan's year, in the order the allocations were made: DIRENCANAKAN with zero
     * money for an allocation without an activity yet (its plan not approved), otherwise the activity's figures.
     */
    @Transactional(readOnly = true)
    public List<ActivityFigures> figures(int year, String kelurahanCode) {
        return figures.figures(year, kelurahanCode);
    }
}

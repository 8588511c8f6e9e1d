package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.Component;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.danakelurahan.LkkProgramme;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.process.ProgramKerjaLkkProcess;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskContextProvider;

/** Beside every program-kerja-lkk task: the programme, its activities and totals, and the theme split. */
@org.springframework.stereotype.Component
class ProgrammeTaskContext implements TaskContextProvider {

    private final LkkProgrammeService programmes;
    private final RegionService regions;
    private final PositionLabels labels;

    ProgrammeTaskContext(LkkProgrammeService programmes, RegionService regions, PositionLabels labels) {
        this.labels = labels;
        this.programmes = programmes;
        this.regions = regions;
    }

    @Override
    public boolean supports(InboxTask task) {
        return ProgramKerjaLkkProcess.KEY.equals(task.processDefinitionKey())
                && task.variables().get(ProgramKerjaLkkProcess.Var.PROGRAM_ID) instanceof Number;
    }

    @Override
    public Component context(InboxTask task, AuthenticatedUser user) {
        long id = ((Number) task.variables().get(ProgramKerjaLkkProcess.Var.PROGRAM_ID)).longValue();
        LkkProgramme programme = programmes.detail(id, user);
        return new ProgrammeSummary(programme, regions.describe(programme.kelurahanCode()),
                programmes.themeShares(programme), programmes.history(id, user), labels);
    }
}

package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.proposal.DuplicateService;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalExecutionService;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.proposal.ProposalSummary;
import id.musrenflow.proposal.process.UsulanMusrenbangProcess;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskContextProvider;
import id.musrenflow.workflow.forms.Option;
import java.util.List;
import java.util.Map;


/**
 * Beside every usulan-musrenbang task: the usulan itself, with possible duplicates first; the list of OPDs; and on
 * Task_CatatSelesaiOpd the upload of the result photos the completion needs.
 */
@org.springframework.stereotype.Component
class UsulanTaskContext implements TaskContextProvider {

    /** valuesKey of the OPD select in form-verifikasi-opd */
    static final String OPD_OPTIONS = "daftarOpd";

    private final ProposalService proposals;
    private final DuplicateService duplicates;
    private final OpdService opds;
    private final RegionService regions;
    private final ProposalLimits limits;
    private final ProposalExecutionService execution;
    private final PositionLabels labels;

    UsulanTaskContext(ProposalService proposals, DuplicateService duplicates, OpdService opds,
                      RegionService regions, ProposalLimits limits, ProposalExecutionService execution,
                      PositionLabels labels) {
        this.proposals = proposals;
        this.labels = labels;
        this.execution = execution;
        this.duplicates = duplicates;
        this.opds = opds;
        this.regions = regions;
        this.limits = limits;
    }

    @Override
    public boolean supports(InboxTask task) {
        return UsulanMusrenbangProcess.KEY.equals(task.processDefinitionKey())
                && task.variables().get(UsulanMusrenbangProcess.Var.USULAN_ID) instanceof Number;
    }

    @Override
    public Component context(InboxTask task, AuthenticatedUser user) {
        long id = ((Number) task.variables().get(UsulanMusrenbangProcess.Var.USULAN_ID)).longValue();
        return proposals.detail(id)
                .<Component>map(detail -> {
                    UsulanContextPanel panel = new UsulanContextPanel(detail, proposals,
                            duplicates.possibleDuplicates(id), regions, opds, limits, labels);
                    if (UsulanMusrenbangProcess.TASK_CATAT_SELESAI.equals(task.definitionKey())
                            && execution.mayAddResultPhoto(id, user)) {
                        panel.addBeforePhotos(new ResultPhotoUpload(execution, proposals, limits, id, user.username()));
                    }
                    return panel;
                })
                .orElseGet(() -> new Paragraph(com.vaadin.flow.component.UI.getCurrent()
                        .getTranslation("konteks.usulan.tidak-ditemukan")));
    }

    /** The RW head's review suggests the next free rank of the RW list; the head may change it. */
    @Override
    public Map<String, Object> formValues(InboxTask task) {
        if (!UsulanMusrenbangProcess.TASK_TELAAH_RW.equals(task.definitionKey())) {
            return Map.of();
        }
        long id = ((Number) task.variables().get(UsulanMusrenbangProcess.Var.USULAN_ID)).longValue();
        return Map.of(UsulanMusrenbangProcess.Var.PERINGKAT, proposals.nextFreeRwRank(id));
    }

    @Override
    public Map<String, String> caseLines(List<InboxTask> tasks) {
        List<InboxTask> ours = tasks.stream().filter(t -> UsulanMusrenbangProcess.KEY.equals(t.processDefinitionKey())
                && t.businessKey() != null).toList();
        Map<String, ProposalSummary> byNumber = new java.util.HashMap<>();
        proposals.summariesByNumbers(ours.stream().map(InboxTask::businessKey).distinct().toList())
                .forEach(p -> byNumber.put(p.number(), p));
        Map<String, String> lines = new java.util.HashMap<>();
        for (InboxTask task : ours) {
            ProposalSummary usulan = byNumber.get(task.businessKey());
            if (usulan != null) {
                String area = area(usulan);
                lines.put(task.id(), area.isEmpty() ? usulan.displayTitle() : usulan.displayTitle() + " · " + area);
            }
        }
        return lines;
    }

    /** "RT 003/RW 002" from the territory codes (kelurahan.RW.RT), without a query per row. */
    private static String area(ProposalSummary usulan) {
        if (!usulan.rtCodes().isEmpty()) {
            return usulan.rtCodes().stream().map(code -> {
                String[] parts = code.split("\\.");
                return "RT " + parts[parts.length - 1] + "/RW " + parts[parts.length - 2];
            }).collect(java.util.stream.Collectors.joining(", "));
        }
        if (usulan.rwCode() != null) {
            String[] parts = usulan.rwCode().split("\\.");
            return "RW " + parts[parts.length - 1];
        }
        return "";
    }

    @Override
    public Map<String, List<Option>> formOptions(InboxTask task) {
        return Map.of(OPD_OPTIONS, opds.list().stream().filter(Opd::active)
                .map(o -> new Option(o.code(), o.name())).toList());
    }
}

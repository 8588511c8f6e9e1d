package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.danakelurahan.ActivityDetail;
import id.musrenflow.danakelurahan.ExecutionService;
import id.musrenflow.danakelurahan.process.PelaksanaanKegiatanProcess;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskContextProvider;
import id.musrenflow.workflow.forms.Option;
import java.util.List;
import java.util.Map;

/** Beside every pelaksanaan-kegiatan task: the activity (mode, money, stages, history) and a link to its page. */
@org.springframework.stereotype.Component
class ActivityTaskContext implements TaskContextProvider {

    private final ExecutionService execution;

    private final PositionLabels labels;

    ActivityTaskContext(ExecutionService execution, PositionLabels labels) {
        this.execution = execution;
        this.labels = labels;
    }

    @Override
    public boolean supports(InboxTask task) {
        return PelaksanaanKegiatanProcess.KEY.equals(task.processDefinitionKey())
                && task.variables().get(PelaksanaanKegiatanProcess.Var.KEGIATAN_ID) instanceof Number;
    }

    @Override
    public Component context(InboxTask task, AuthenticatedUser user) {
        long id = ((Number) task.variables().get(PelaksanaanKegiatanProcess.Var.KEGIATAN_ID)).longValue();
        ActivityDetail a = execution.activity(id, user);
        Div context = new Div();
        RouterLink page = new RouterLink(context.getTranslation("kegiatan.ui.buka-halaman"), ActivityView.class,
                new RouteParameters("id", String.valueOf(id)));
        page.setId("kegiatan-buka-halaman");
        context.add(page, ActivitySummary.header(a, context), ActivitySummary.stages(a, context, UI.getCurrent().getLocale(), labels),
                ActivitySummary.history(execution.history(id, user), context, UI.getCurrent().getLocale(), labels));
        return context;
    }

    /** The kelurahan's Pokmas for the Lurah's choice of implementer. */
    @Override
    public Map<String, List<Option>> formOptions(InboxTask task) {
        Object kelurahan = task.variables().get(PelaksanaanKegiatanProcess.Var.KODE_KELURAHAN);
        if (!(kelurahan instanceof String code)) {
            return Map.of();
        }
        return Map.of("daftarPokmas", execution.pokmasOf(code).stream().map(c -> new Option(c, c)).toList());
    }
}

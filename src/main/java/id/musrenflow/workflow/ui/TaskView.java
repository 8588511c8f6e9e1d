package id.musrenflow.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.MainLayout;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.workflow.FormRejected;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskContextProvider;
import id.musrenflow.workflow.TaskInboxService;
import id.musrenflow.workflow.forms.CamundaFormView;
import id.musrenflow.workflow.forms.FormSchemaReader;
import id.musrenflow.workflow.forms.Option;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One task: the case it decides (from a {@link TaskContextProvider}) beside its Camunda Form; on phones they stack,
 * the case first.
 * A refused decision keeps everything entered; a user who may not see the task gets the reason, not the data.
 */
@Route("tugas/:taskId")
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TaskInboxService inbox;
    private final transient AuthenticatedUser user;
    private final transient PositionLabels labels;
    private final transient List<TaskContextProvider> providers;
    private final Paragraph message = new Paragraph();
    private String title = "";

    public TaskView(TaskInboxService inbox, AuthenticationContext authentication,
                    ObjectProvider<TaskContextProvider> providers, PositionLabels labels) {
        this.labels = labels;
        this.inbox = inbox;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        this.providers = providers.orderedStream().toList();
        addClassNames("mf-page", "mf-task");
        message.setId("tugas-pesan");
        message.getElement().setAttribute("role", "alert");
        message.addClassName("mf-form-errors");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String taskId = event.getRouteParameters().get("taskId").orElse("");
        RouterLink back = new RouterLink(getTranslation("tugas.kembali"), InboxView.class);
        back.setId("tugas-kembali");
        add(back);
        InboxTask task;
        try {
            task = inbox.task(taskId, user);
        } catch (BusinessException refused) {
            Paragraph refusal = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            refusal.setId("tugas-ditolak");
            refusal.addClassName("mf-form-errors");
            title = getTranslation("tugas.judul");
            add(refusal);
            return;
        }
        show(task);
    }

    private void show(InboxTask task) {
        title = task.name();
        Optional<TaskContextProvider> provider = providers.stream().filter(p -> p.supports(task)).findFirst();
        Map<String, List<Option>> options = provider.map(p -> p.formOptions(task)).orElse(Map.of());
        message.setVisible(false);
        add(header(task), message);

        Div decision = new Div();
        decision.addClassName("mf-card");
        if (task.formRef() == null) {
            decision.add(new Paragraph(getTranslation("tugas.tanpa-formulir")));
        } else {
            CamundaFormView form = new CamundaFormView(new FormSchemaReader().read(task.formRef()),
                    provider.map(p -> p.formValues(task)).orElse(Map.of()), options, inbox.formContext(task));
            form.setId("tugas-formulir");
            Button send = new Button(getTranslation("tugas.kirim"), click -> complete(task, form, options));
            send.setId("tugas-kirim");
            send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            decision.add(form, send);
        }
        Div formColumn = column(decision, new CommentsPanel(inbox, user, task.id(), labels));
        Div contextColumn = column(provider.map(p -> p.context(task, user)).orElseGet(Div::new));
        contextColumn.setId("tugas-konteks");
        // the usulan first: on a phone, where the columns stack, the official reads the case before deciding it
        FlexLayout body = new FlexLayout(contextColumn, formColumn);
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.getStyle().set("gap", "var(--lumo-space-m)");
        body.setWidthFull();
        add(body);
    }

    private Component header(InboxTask task) {
        H2 name = new H2(task.name());
        name.setId("tugas-nama");
        Span due = new Span(getTranslation("tugas.tenggat", TaskTexts.due(task, inbox.now(), this::getTranslation,
                getLocale())));
        if (task.overdue(inbox.now())) {
            due.getElement().getThemeList().add("badge error");
        }
        InboxTask.Holder holder = task.holder(user.username());
        Span held = new Span(getTranslation("tugas.pemegang." + holder));
        held.setId("tugas-pemegang");
        held.getElement().getThemeList().add("badge");
        Button claim = new Button(getTranslation("tugas.ambil"), click -> act(() -> inbox.claim(task.id(), user),
                "tugas.diambil"));
        claim.setId("tugas-ambil");
        claim.setVisible(holder == InboxTask.Holder.AVAILABLE);
        Button release = new Button(getTranslation("tugas.lepas"), click -> act(() -> inbox.unclaim(task.id(), user),
                "tugas.dilepas"));
        release.setId("tugas-lepas");
        release.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        release.setVisible(holder == InboxTask.Holder.CLAIMED_BY_ME);
        HorizontalLayout facts = new HorizontalLayout(due, held, claim, release);
        facts.setAlignItems(Alignment.CENTER);
        facts.getStyle().set("flex-wrap", "wrap");
        return new Div(name, facts);
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
            // the whole page again: holder, buttons and form reflect the new state
            getUI().ifPresent(ui -> ui.refreshCurrentRoute(false));
        } catch (BusinessException e) {
            showMessage(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void complete(InboxTask task, CamundaFormView form, Map<String, List<Option>> options) {
        try {
            inbox.complete(task.id(), user, form.values(), options);
        } catch (FormRejected rejected) {
            form.showErrors(rejected.errors());
            showMessage(getTranslation(rejected.messageKey()));
            return;
        } catch (BusinessException lost) {
            // the other user's decision stands; what this user entered stays on screen to compare or copy
            showMessage(getTranslation(lost.messageKey(), lost.arguments()));
            Notices.error(getTranslation(lost.messageKey(), lost.arguments()));
            return;
        }
        Notices.success(getTranslation("tugas.terkirim", task.name()));
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.refreshBadges();
        }
        getUI().ifPresent(ui -> ui.navigate(InboxView.class));
    }

    private void showMessage(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private static Div column(Component... content) {
        Div column = new Div(content);
        column.getStyle().set("flex", "1 1 22rem").set("min-width", "0")
                .set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-m)");
        return column;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}

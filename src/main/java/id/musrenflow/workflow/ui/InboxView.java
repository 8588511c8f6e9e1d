package id.musrenflow.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.region.RegionService;
import id.musrenflow.workflow.InboxQuery;
import id.musrenflow.workflow.InboxTask;
import id.musrenflow.workflow.TaskContextProvider;
import id.musrenflow.workflow.TaskInboxService;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The task inbox: the user's own tasks and those offered to their positions, with filters, search and claiming. On a
 * phone each task reads as a card (number, usulan, RT/RW, stage, due date) and the filters fold away under "Saring".
 */
@Route("tugas")
@PermitAll
@Menu(title = "nav.tugas", order = 10, icon = "vaadin:tasks")
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final transient TaskInboxService inbox;
    private final transient AuthenticatedUser user;
    private final transient RegionService regions;
    private final transient List<TaskContextProvider> providers;
    private final Map<String, String> caseLines = new HashMap<>();
    private final Details filterPanel = new Details();
    private final Map<String, String> kelurahanNames = new TreeMap<>();
    private final TextField search = new TextField();
    private final Select<String> process = new Select<>();
    private final Select<String> stage = new Select<>();
    private final Select<String> kelurahan = new Select<>();
    private final Checkbox overdue = new Checkbox();
    private final Select<InboxQuery.Sort> sort = new Select<>();
    private final Grid<InboxTask> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private LocalDateTime now;

    public InboxView(TaskInboxService inbox, AuthenticationContext authentication, RegionService regions,
                     ObjectProvider<TaskContextProvider> providers) {
        this.inbox = inbox;
        this.regions = regions;
        this.providers = providers.orderedStream().toList();
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-inbox");
        add(search(), filters(inbox.inbox(user)), grid(), empty);
        empty.setId("tugas-kosong");
        empty.setText(getTranslation("tugas.kosong"));
        refresh();
    }

    private TextField search() {
        search.setId("tugas-cari");
        search.setPlaceholder(getTranslation("tugas.cari"));
        search.setAriaLabel(getTranslation("tugas.cari"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.addClassName("mf-inbox-search");
        return search;
    }

    /**
     * Filter choices come from what the unfiltered inbox holds, so no choice ever leads to an empty list. Open on a
     * desktop; folded on a phone, where they would fill the first screen before any task.
     */
    private Details filters(List<InboxTask> all) {
        Map<String, String> processes = new LinkedHashMap<>();
        Map<String, String> stages = new LinkedHashMap<>();
        for (InboxTask task : all) {
            processes.putIfAbsent(task.processDefinitionKey(), task.processName());
            stages.putIfAbsent(task.definitionKey(), task.stage());
            if (task.kelurahanCode() != null) {
                kelurahanNames.computeIfAbsent(task.kelurahanCode(), code -> regions.find(code)
                        .map(t -> t.name()).orElse(code));
            }
        }
        choices(process, "tugas-proses", "tugas.filter.proses", processes);
        choices(stage, "tugas-tahap", "tugas.filter.tahap", stages);
        choices(kelurahan, "tugas-kelurahan", "tugas.filter.kelurahan", kelurahanNames);
        overdue.setId("tugas-terlambat");
        overdue.setLabel(getTranslation("tugas.filter.terlambat"));
        sort.setId("tugas-urut");
        sort.setLabel(getTranslation("tugas.urut"));
        sort.setItems(InboxQuery.Sort.values());
        sort.setItemLabelGenerator(s -> getTranslation("tugas.urut." + s.name()));
        sort.setValue(InboxQuery.Sort.DUE);
        overdue.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        FlexLayout bar = new FlexLayout(process, stage, kelurahan, sort, overdue);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
        bar.setWidthFull();
        filterPanel.setId("tugas-saring");
        filterPanel.setSummaryText(getTranslation("tugas.saring"));
        filterPanel.add(bar);
        filterPanel.setOpened(true);
        filterPanel.setWidthFull();
        NarrowScreen.follow(filterPanel, phone -> filterPanel.setOpened(!phone));
        return filterPanel;
    }

    private void choices(Select<String> select, String id, String labelKey, Map<String, String> labels) {
        select.setId(id);
        select.setLabel(getTranslation(labelKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("tugas.filter.semua"));
        select.setItems(labels.keySet());
        select.setItemLabelGenerator(key -> key == null ? getTranslation("tugas.filter.semua")
                : labels.getOrDefault(key, key));
        select.addValueChangeListener(e -> refresh());
    }

    private Grid<InboxTask> grid() {
        grid.setId("tugas-grid");
        grid.setAllRowsVisible(true);
        // the task's name carries the usulan's title: wrapped, not cut to "Telaah usulan oleh …"
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<InboxTask> card = grid.addColumn(new ComponentRenderer<>(this::card)).setKey("kartu")
                .setHeader(getTranslation("tugas.kolom.nama"));
        Grid.Column<InboxTask> name = grid.addColumn(InboxTask::name).setKey("nama").setHeader(getTranslation("tugas.kolom.nama"))
                .setFlexGrow(3).setAutoWidth(false).setWidth("16rem");
        Grid.Column<InboxTask> number = grid.addColumn(InboxTask::businessKey).setKey("nomor")
                .setHeader(getTranslation("tugas.kolom.nomor")).setAutoWidth(true);
        Grid.Column<InboxTask> area = grid.addColumn(t -> t.kelurahanCode() == null ? ""
                        : kelurahanNames.getOrDefault(t.kelurahanCode(), ""))
                .setKey("kelurahan").setHeader(getTranslation("tugas.kolom.kelurahan")).setAutoWidth(true);
        Grid.Column<InboxTask> due = grid.addColumn(new ComponentRenderer<>(this::dueBadge)).setKey("tenggat")
                .setHeader(getTranslation("tugas.kolom.tenggat")).setAutoWidth(true);
        Grid.Column<InboxTask> holder = grid.addColumn(t -> getTranslation("tugas.pemegang." + t.holder(user.username())))
                .setKey("pemegang").setHeader(getTranslation("tugas.kolom.pemegang")).setAutoWidth(true);
        Grid.Column<InboxTask> action = grid.addColumn(new ComponentRenderer<>(this::claimButton)).setKey("aksi")
                .setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(t -> t.overdue(now) ? "mf-terlambat" : null);
        // a click that lands while the search is refreshing the rows names no task: nothing to open
        grid.addItemClickListener(click -> Optional.ofNullable(click.getItem()).ifPresent(this::open));
        // a phone has room for one column: the card carries what the desktop spreads over six
        NarrowScreen.hideOnPhones(grid, name, number, area, due, holder, action);
        NarrowScreen.showOnPhonesOnly(grid, card);
        return grid;
    }

    /** One task on a phone: number and due date, the usulan and its RT/RW, the stage, and the claim button. */
    private Div card(InboxTask task) {
        Span number = new Span(task.businessKey() == null ? "" : task.businessKey());
        number.addClassName("mf-task-card-number");
        Div top = new Div(number, dueBadge(task));
        top.addClassName("mf-task-card-top");
        String kelurahanName = task.kelurahanCode() == null ? null : kelurahanNames.get(task.kelurahanCode());
        String about = caseLines.getOrDefault(task.id(), task.name());
        Span what = new Span(kelurahanName == null ? about : about + " · " + kelurahanName);
        what.addClassName("mf-task-card-case");
        Span stageName = new Span(task.stage());
        stageName.addClassName("mf-task-card-stage");
        Div card = new Div(top, what, stageName);
        Button claim = claimButton(task);
        if (claim.isVisible()) {
            card.add(claim);
        }
        card.addClassName("mf-task-card");
        return card;
    }

    private Span dueBadge(InboxTask task) {
        Span due = new Span(task.due() == null ? getTranslation("tugas.tanpa-tenggat")
                : TaskTexts.due(task, now, this::getTranslation, getLocale()));
        if (task.overdue(now)) {
            due.getElement().getThemeList().add("badge error");
        }
        return due;
    }

    private Button claimButton(InboxTask task) {
        InboxTask.Holder holder = task.holder(user.username());
        Button button = new Button();
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        // a click on the button must not also open the task (the row's click listener)
        button.getElement().addEventListener("click", ignored -> { }).addEventData("event.stopPropagation()");
        if (holder == InboxTask.Holder.AVAILABLE) {
            button.setText(getTranslation("tugas.ambil"));
            button.addClassName("tugas-ambil");
            button.addClickListener(click -> act(() -> inbox.claim(task.id(), user), "tugas.diambil"));
        } else if (holder == InboxTask.Holder.CLAIMED_BY_ME) {
            button.setText(getTranslation("tugas.lepas"));
            button.addClassName("tugas-lepas");
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            button.addClickListener(click -> act(() -> inbox.unclaim(task.id(), user), "tugas.dilepas"));
        } else {
            button.setVisible(false);
        }
        return button;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey));
        } catch (BusinessException e) {
            Notices.error(getTranslation(e.messageKey(), e.arguments()));
        }
        refresh();
    }

    private void open(InboxTask task) {
        getUI().ifPresent(ui -> ui.navigate(TaskView.class, new RouteParameters("taskId", task.id())));
    }

    private void refresh() {
        now = inbox.now();
        List<InboxTask> tasks = inbox.inbox(user, new InboxQuery(process.getValue(), stage.getValue(),
                kelurahan.getValue(), overdue.getValue(), search.getValue(), sort.getValue()));
        caseLines.clear();
        providers.forEach(provider -> caseLines.putAll(provider.caseLines(tasks)));
        grid.setItems(tasks);
        empty.setVisible(tasks.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tugas.judul");
    }
}

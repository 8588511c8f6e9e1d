package id.musrenflow.monitoring.ui;

import id.musrenflow.base.ui.NumberLimits;
import id.musrenflow.monitoring.RegisterParameters;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.monitoring.process.LateWork;
import id.musrenflow.monitoring.process.LateWorkService;
import id.musrenflow.monitoring.process.ProcessModels;
import id.musrenflow.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Late work (/pemantauan/terlambat?hari=3&proses=Process_UsulanMusrenbang&tahap=Task_VerifikasiOpd): open tasks of
 * every process that are overdue or due within the chosen days, by position with today's holders, worst first.
 * Positions come a page at a time, and each position's tasks a page at a time when it is opened.
 */
@Route("pemantauan/terlambat")
@RolesAllowed({"BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU", "ADMIN_SISTEM", "CAMAT", "STAF_KECAMATAN", "LURAH",
        "STAF_KELURAHAN", "LPM", "VERIFIKATOR_OPD", "DPRD"})
@Menu(title = "proses.terlambat.nav", order = 21, icon = "vaadin:alarm")
@StyleSheet("context://styles/pemantauan-proses.css")
public class LateWorkView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "pemantauan/terlambat";
    static final int GROUP_PAGE = 20;
    static final int TASK_PAGE = 10;
    private static final int OPEN_FIRST = 3;

    private final transient LateWorkService late;
    private final transient LateTaskLine lines;
    private final transient PositionLabels labels;
    private final transient ProcessModels models;
    private final transient AuthenticatedUser user;
    private final IntegerField days = new IntegerField();
    private final Select<String> process = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Div groups = new Div();
    private final Button moreGroups = new Button();
    private final Map<String, String> processNames = new LinkedHashMap<>();
    private LateWork.Window window;
    private int loadedGroups;
    private boolean updating;

    public LateWorkView(LateWorkService late, ProcessModels models, PositionLabels labels, RegionService regions,
                        AuthenticationContext authentication) {
        this.late = late;
        this.labels = labels;
        this.models = models;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        this.lines = new LateTaskLine(regions);
        addClassNames("mf-page", "mf-proses");
        models.processes().forEach(p -> processNames.put(p.key(), p.name()));
        days.setId("terlambat-hari");
        days.setLabel(getTranslation("proses.terlambat.hari"));
        days.setHelperText(getTranslation("proses.terlambat.hari-bantuan"));
        NumberLimits.range(days, 0, 90);
        days.setStepButtonsVisible(true);
        days.setWidth("12rem");
        process.setId("terlambat-proses");
        process.setLabel(getTranslation("proses.terlambat.proses"));
        process.setEmptySelectionAllowed(true);
        process.setEmptySelectionCaption(getTranslation("proses.terlambat.semua-proses"));
        process.setItems(List.copyOf(processNames.keySet()));
        process.setItemLabelGenerator(k -> k == null ? getTranslation("proses.terlambat.semua-proses")
                : processNames.getOrDefault(k, k));
        process.setWidth("min(100%, 24rem)");
        days.addValueChangeListener(e -> navigate());
        process.addValueChangeListener(e -> navigate());
        summary.setId("terlambat-ringkasan");
        summary.getElement().setAttribute("role", "status");
        groups.setId("terlambat-posisi");
        groups.addClassName("mf-terlambat-daftar");
        groups.setWidthFull();
        moreGroups.setId("terlambat-posisi-lagi");
        moreGroups.setText(getTranslation("proses.terlambat.posisi-lagi"));
        moreGroups.addClickListener(e -> loadGroups());
        HorizontalLayout controls = new HorizontalLayout(days, process);
        controls.setWrap(true);
        controls.setWidthFull();
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("proses.terlambat.judul")), controls, summary, groups, moreGroups);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        int chosenDays = RegisterParameters.first(query, "hari").flatMap(RegisterParameters::integer).filter(d -> d >= 0 && d <= 90)
                .orElse(late.defaultDays());
        String chosenProcess = RegisterParameters.first(query, "proses").filter(processNames::containsKey).orElse(null);
        String stage = chosenProcess == null ? null : RegisterParameters.first(query, "tahap").filter(t -> t.matches("[A-Za-z0-9_-]{1,80}"))
                .orElse(null);
        updating = true;
        days.setValue(chosenDays);
        process.setValue(chosenProcess);
        updating = false;
        boolean everything = RegisterParameters.first(query, "semua").filter("ya"::equals).isPresent();
        window = everything ? late.allOpen(chosenProcess, stage) : late.window(chosenDays, chosenProcess, stage);
        days.setEnabled(!everything);
        summary.setText((everything ? getTranslation("proses.terlambat.ringkasan-semua")
                : getTranslation("proses.terlambat.ringkasan", IndonesianDates.dateTime(window.until(), getLocale())))
                + (stage == null ? "" : " " + getTranslation("proses.terlambat.satu-tahap", stageName(chosenProcess,
                stage))));
        groups.removeAll();
        loadedGroups = 0;
        loadGroups();
    }

    private void loadGroups() {
        List<LateWork.Group> page = late.groups(user, window, loadedGroups, GROUP_PAGE + 1);
        boolean more = page.size() > GROUP_PAGE;
        for (LateWork.Group g : page.subList(0, Math.min(page.size(), GROUP_PAGE))) {
            groups.add(group(g, loadedGroups < OPEN_FIRST));
            loadedGroups++;
        }
        moreGroups.setVisible(more);
        if (loadedGroups == 0) {
            Paragraph none = new Paragraph(getTranslation("proses.terlambat.kosong"));
            none.setId("terlambat-kosong");
            groups.add(none);
        }
    }

    private Details group(LateWork.Group g, boolean open) {
        Div header = new Div();
        header.addClassName("mf-terlambat-posisi");
        Div title = new Div(positionLabel(g));
        title.addClassName("mf-terlambat-posisi-nama");
        Div facts = new Div(getTranslation("proses.terlambat.jumlah", g.tasks()) + " · " + lines.dueText(g.worstDue(),
                late.now(), this::getTranslation));
        facts.addClassName("mf-terlambat-fakta");
        header.add(title, facts, holders(g));
        Div body = new Div();
        body.addClassName("mf-terlambat-tugas");
        Details details = new Details(header, body);
        details.setId("terlambat-" + g.key().replaceAll("[^A-Za-z0-9]", "-"));
        details.setWidthFull();
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && body.getComponentCount() == 0) {
                loadTasks(g, body, 0);
            }
        });
        details.setOpened(open);
        if (open && body.getComponentCount() == 0) {
            loadTasks(g, body, 0);
        }
        return details;
    }

    private void loadTasks(LateWork.Group g, Div body, int offset) {
        List<LateWork.Task> page = late.tasks(user, window, g.key(), offset, TASK_PAGE + 1);
        page.subList(0, Math.min(page.size(), TASK_PAGE))
                .forEach(t -> body.add(lines.line(t, late.now(), this::getTranslation, getLocale())));
        if (page.size() > TASK_PAGE) {
            Button more = new Button(getTranslation("proses.terlambat.tugas-lagi"));
            more.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            more.addClassName("mf-terlambat-lagi");
            more.addClickListener(e -> {
                body.remove(more);
                loadTasks(g, body, offset + TASK_PAGE);
            });
            body.add(more);
        }
    }

    private String positionLabel(LateWork.Group g) {
        if (g.assignee() != null) {
            String name = g.holders().isEmpty() ? g.assignee() : g.holders().get(0).fullName();
            return getTranslation("proses.terlambat.perorangan", name);
        }
        if (g.position() == null) {
            return getTranslation("proses.terlambat.posisi-lain");
        }
        return labels.label(g.position(), getLocale(), this::getTranslation);
    }

    private Div holders(LateWork.Group g) {
        Div who = new Div();
        who.addClassName("mf-terlambat-pemegang");
        if (g.assignee() != null) {
            return who;
        }
        if (g.holders().isEmpty()) {
            who.setText(getTranslation("proses.terlambat.tanpa-pemegang"));
            who.addClassName("mf-terlambat-kosong");
            return who;
        }
        who.setText(getTranslation("proses.terlambat.pemegang", String.join(", ", g.holders().stream()
                .map(h -> h.acting() ? h.fullName() + " (" + getTranslation("jabatan.status."
                        + h.position().status().name()) + ")" : h.fullName()).toList())));
        return who;
    }

    private String stageName(String processKey, String stage) {
        String name = models.latest(processKey).map(d -> d.shape(stage)).map(s -> s.name())
                .orElse(getTranslation("proses.diagram.tanpa-nama"));
        return name + " (" + processNames.getOrDefault(processKey, "") + ")";
    }

    private void navigate() {
        if (updating) {
            return;
        }
        Map<String, String> q = new LinkedHashMap<>();
        q.put("hari", String.valueOf(days.getValue() == null ? late.defaultDays() : days.getValue()));
        if (process.getValue() != null) {
            q.put("proses", process.getValue());
        }
        getUI().ifPresent(ui -> ui.navigate(ROUTE, QueryParameters.simple(q)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proses.terlambat.judul");
    }
}

package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.danakelurahan.Activity;
import id.musrenflow.danakelurahan.ActivityDraft;
import id.musrenflow.danakelurahan.LkkProgramme;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.ProgrammeOwner;
import id.musrenflow.danakelurahan.ProgrammeStatus;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The yearly programme of the officer's lembaga: activities with totals, save, submit to the kelurahan, revise when
 * returned, and the history. What was typed survives every refusal.
 */
@Route("program-lkk")
// the officers of an LKK and the LPM draft programmes; for RT and RW heads, whose work is usulan, it was noise
@RolesAllowed({"PENGURUS_LKK", "LPM"})
@Menu(title = "dana.nav.program-lkk", order = 15, icon = "vaadin:clipboard-user")
@StyleSheet("context://styles/dana.css")
public class LkkProgrammeView extends VerticalLayout implements HasDynamicTitle {

    private final LkkProgrammeService programmes;
    private final RegionService regions;
    private final PositionLabels labels;
    private final AuthenticatedUser user;
    private final ComboBox<ProgrammeOwner> owner = new ComboBox<>();
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Paragraph status = new Paragraph();
    private final List<ActivityDraft> activities = new ArrayList<>();
    private final Grid<ActivityDraft> grid = new Grid<>();
    private final Paragraph total = new Paragraph();
    private final TextArea revisionNote = new TextArea();
    private final Div editable = new Div();
    private final Div details = new Div();
    private Integer version;

    public LkkProgrammeView(LkkProgrammeService programmes, RegionService regions,
                            AuthenticationContext authentication, PositionLabels labels) {
        this.labels = labels;
        this.programmes = programmes;
        this.regions = regions;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-dana");
        add(new H2(getTranslation("dana.nav.program-lkk")));
        List<ProgrammeOwner> owners = programmes.ownersOf(user);
        if (owners.isEmpty()) {
            add(new Paragraph(getTranslation("dana.program.bukan-pengurus")));
            return;
        }
        owner.setId("program-lembaga");
        owner.setLabel(getTranslation("dana.program.lembaga"));
        owner.setItems(owners);
        owner.setItemLabelGenerator(o -> o.lembaga() + " · " + regions.describe(o.kelurahanCode()));
        owner.setValue(owners.get(0));
        year.setId("program-tahun");
        year.setLabel(getTranslation("dana.program.tahun"));
        year.setItems(programmes.planningYear(), programmes.planningYear() - 1);
        year.setValue(programmes.planningYear());
        owner.addValueChangeListener(e -> load());
        year.addValueChangeListener(e -> load());
        Div choice = new Div(owner, year);
        choice.addClassName("mf-dana-actions");
        status.setId("program-status");

        ActivityEditor editor = new ActivityEditor(programmes.limits().maxActivityBudget(), draft -> {
            activities.add(draft);
            refresh();
        });
        grid.setId("program-daftar-kegiatan");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> a.name() + " · " + getTranslation("dana.tema." + a.theme().name()))
                .setHeader(getTranslation("dana.kegiatan.nama")).setFlexGrow(2);
        grid.addColumn(a -> Rupiah.format(a.budget())).setHeader(getTranslation("dana.kegiatan.anggaran"))
                .setAutoWidth(true);
        grid.addComponentColumn(a -> new Button(VaadinIcon.EDIT.create(), click -> {
            activities.remove(a);
            editor.edit(a);
            refresh();
        })).setHeader(getTranslation("dana.kegiatan.ubah")).setAutoWidth(true).setFlexGrow(0);
        total.setId("program-total-draf");
        revisionNote.setId("program-catatan-revisi");
        revisionNote.setLabel(getTranslation("dana.program.catatan-revisi"));
        TextLimits.counted(revisionNote, 1000);
        revisionNote.setWidthFull();
        Button save = new Button(getTranslation("dana.program.simpan"), click -> save(false));
        save.setId("program-simpan");
        Button submit = new Button(getTranslation("dana.program.ajukan"), click -> save(true));
        submit.setId("program-ajukan");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div actions = new Div(save, submit);
        actions.addClassName("mf-dana-actions");
        editable.add(editor, grid, total, revisionNote, actions);
        editable.setWidthFull();
        add(choice, status, editable, details);
        load();
    }

    private void load() {
        if (owner.getValue() == null || year.getValue() == null) {
            return;
        }
        Optional<LkkProgramme> found = programmes.programme(owner.getValue(), year.getValue(), user);
        activities.clear();
        found.ifPresent(p -> p.activities().stream().map(Activity::toDraft).forEach(activities::add));
        version = found.map(LkkProgramme::version).orElse(null);
        show(found);
    }

    private void show(Optional<LkkProgramme> programme) {
        ProgrammeStatus current = programme.map(LkkProgramme::status).orElse(ProgrammeStatus.DRAFT);
        status.setText(getTranslation("dana.program.status", getTranslation("dana.status." + current.name())));
        editable.setVisible(current.editable());
        revisionNote.setVisible(current == ProgrammeStatus.PERLU_REVISI);
        details.removeAll();
        programme.filter(p -> !p.status().editable() || p.status() == ProgrammeStatus.PERLU_REVISI)
                .ifPresent(p -> details.add(new ProgrammeSummary(p, regions.describe(p.kelurahanCode()),
                        programmes.themeShares(p), programmes.history(p.id(), user), labels)));
        refresh();
    }

    private void refresh() {
        grid.setItems(new ArrayList<>(activities));
        BigDecimal sum = activities.stream().map(ActivityDraft::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
        total.setText(getTranslation("dana.program.total-kegiatan", activities.size(), Rupiah.format(sum)));
    }

    private void save(boolean submit) {
        try {
            LkkProgramme saved = submit
                    ? programmes.submit(owner.getValue(), year.getValue(), version, List.copyOf(activities),
                    revisionNote.getValue(), user)
                    : programmes.saveDraft(owner.getValue(), year.getValue(), version, List.copyOf(activities), user);
            version = saved.version();
            revisionNote.clear();
            Notices.success(getTranslation(submit ? "dana.program.diajukan" : "dana.program.tersimpan"));
            show(Optional.of(saved));
        } catch (BusinessException refused) {
            Notices.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dana.nav.program-lkk");
    }
}

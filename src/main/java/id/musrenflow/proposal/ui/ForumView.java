package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.proposal.Forum;
import id.musrenflow.proposal.ForumDecision;
import id.musrenflow.proposal.ForumItem;
import id.musrenflow.proposal.ForumLevel;
import id.musrenflow.proposal.ForumService;
import id.musrenflow.reference.Opd;
import id.musrenflow.reference.OpdService;
import id.musrenflow.proposal.ForumSummary;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * The musrenbang kelurahan or kecamatan decides its agenda as one list: rank, agree or not (with a reason), and
 * confirm once. A refused list stays on screen as entered; a confirmed one shows what moved.
 */
@Route("forum")
@RolesAllowed({"LURAH", "STAF_KELURAHAN", "LPM", "CAMAT", "STAF_KECAMATAN"})
@Menu(title = "nav.forum", order = 30, icon = "vaadin:group")
public class ForumView extends VerticalLayout implements HasDynamicTitle {

    private final transient ForumService forums;
    private final transient OpdService opds;
    private final String actor;
    private final Select<Forum> forumSelect = new Select<>();
    private final Paragraph guide = new Paragraph();
    private final H2 heading = new H2();
    private final Div sheet = new Div();
    private final Span totals = new Span();
    private final Paragraph problem = new Paragraph();
    private final Button confirm = new Button();
    private final Div result = new Div();
    private final List<ForumRow> rows = new ArrayList<>();

    public ForumView(ForumService forums, OpdService opds, AuthenticationContext authentication) {
        this.forums = forums;
        this.opds = opds;
        this.actor = authentication.getPrincipalName().orElseThrow();
        addClassName("mf-page");
        List<Forum> mine = forums.forumsOf(actor);
        if (mine.isEmpty()) {
            add(new Paragraph(getTranslation("forum.tanpa-forum")));
            return;
        }
        forumSelect.setId("forum-pilih");
        forumSelect.setLabel(getTranslation("forum.pilih"));
        forumSelect.setItems(mine);
        forumSelect.setItemLabelGenerator(f -> getTranslation("forum.level." + f.level().name(), f.territoryName()));
        forumSelect.setVisible(mine.size() > 1);
        forumSelect.addValueChangeListener(e -> load());
        sheet.setId("forum-grid");
        sheet.setWidthFull();
        totals.setId("forum-total");
        problem.setId("forum-galat");
        problem.getStyle().set("color", "var(--lumo-error-text-color)");
        confirm.setText(getTranslation("forum.konfirmasi"));
        confirm.setId("forum-konfirmasi");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> askToConfirm());
        result.setId("forum-hasil");
        result.setWidthFull();
        heading.setId("forum-judul");
        add(forumSelect, heading, guide, result, sheet, totals, problem, confirm);
        forumSelect.setValue(mine.get(0));
    }

    private Forum forum() {
        return forumSelect.getValue();
    }

    private void load() {
        result.removeAll();
        rows.clear();
        sheet.removeAll();
        problem.setText("");
        heading.setText(getTranslation("forum.level." + forum().level().name(), forum().territoryName()));
        guide.setText(getTranslation("forum.petunjuk." + forum().level().name()));
        List<ForumItem> agenda;
        try {
            agenda = forums.agenda(forum().level(), forum().territoryCode(), null, actor);
        } catch (BusinessException refused) {
            problem.setText(getTranslation(refused.messageKey(), refused.arguments()));
            agenda = List.of();
        }
        for (ForumItem item : agenda) {
            ForumRow[] self = new ForumRow[1];
            self[0] = new ForumRow(item, forum().level(), this::opdName, delta -> move(self[0], delta), row -> ForumRanking.decided(rows, row), this::updateTotals);
            rows.add(self[0]);
        }
        if (rows.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("forum.kosong"));
            empty.setId("forum-kosong");
            sheet.add(empty);
        }
        render();
        confirm.setEnabled(!rows.isEmpty());
        updateTotals();
    }

    private void move(ForumRow row, int delta) {
        if (ForumRanking.move(rows, row, delta)) {
            render();
        }
    }

    /** The kecamatan forum sees its list grouped by OPD: a heading wherever the OPD changes. */
    private void render() {
        sheet.getChildren().filter(c -> c instanceof ForumRow || c instanceof H4).toList().forEach(sheet::remove);
        String opd = null;
        for (ForumRow row : rows) {
            String rowOpd = String.valueOf(row.item().opdCode());
            if (forum().level() == ForumLevel.KECAMATAN && !rowOpd.equals(opd)) {
                sheet.add(new H4(row.item().opdCode() == null ? getTranslation("forum.tanpa-opd")
                        : opdName(row.item().opdCode())));
            }
            opd = rowOpd;
            sheet.add(row);
        }
    }

    private void updateTotals() {
        String agreed = getTranslation("forum.total.disepakati", count(ForumRow::agreed), Rupiah.format(sum(ForumRow::agreed)));
        if (forum().level() == ForumLevel.KELURAHAN) {
            Predicate<ForumRow> fund = r -> r.outcome() != null && r.outcome().fundedByKelurahan();
            agreed += " · " + getTranslation("forum.total.dana-kelurahan", count(fund), Rupiah.format(sum(fund)));
        }
        totals.setText(agreed);
    }

    private long count(Predicate<ForumRow> which) {
        return rows.stream().filter(which).count();
    }

    private BigDecimal sum(Predicate<ForumRow> which) {
        return rows.stream().filter(which).map(r -> r.item().cost()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<ForumDecision> decisions() {
        return rows.stream().map(ForumRow::decision).toList();
    }

    private void askToConfirm() {
        rows.forEach(ForumRow::clearFlags);
        problem.setText("");
        try {
            ForumSummary plan = forums.preview(forum().level(), forum().territoryCode(), null, decisions(), actor);
            new ForumConfirmDialog(plan, this::confirmed).open();
        } catch (BusinessException refused) {
            show(refused);
        }
    }

    private void confirmed() {
        try {
            ForumSummary moved = forums.confirm(forum().level(), forum().territoryCode(), null, decisions(), actor);
            Notices.success(getTranslation("forum.hasil.tersimpan", moved.total()));
            load();
            result.removeAll();
            result.add(new ForumSummaryList(moved, "forum.hasil.judul"));
        } catch (BusinessException refused) {
            show(refused);
        }
    }

    private void show(BusinessException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        problem.setText(message);
        Notices.error(message);
        rows.stream().filter(r -> Arrays.asList(refused.arguments()).contains(r.item().number()))
                .forEach(r -> r.flag(refused.messageKey(), message));
    }

    /** People read the office's name ("Dinas Perhubungan"), not its code. */
    private String opdName(String code) {
        return opds.find(code).map(Opd::name).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forum.judul");
    }
}

package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.AuditTrail.AuditEntry;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.danakelurahan.LkkProgrammeService;
import id.musrenflow.danakelurahan.ProgrammeTheme;
import id.musrenflow.danakelurahan.ThemeSplitService;
import id.musrenflow.identity.AuthenticatedUser;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The Bappeda admin sets the optional split of LKK pemberdayaan money by theme for a year: one percentage per
 * theme, a running sum that must reach 100 %, or all fields empty for a year without a split; who changed it when.
 */
@Route("pembagian-tema-lkk")
@RolesAllowed("BAPPEDA_ADMIN")
@Menu(title = "dana.tema.nav", order = 86, icon = "vaadin:pie-chart")
@StyleSheet("context://styles/dana.css")
public class ThemeSplitView extends VerticalLayout implements HasDynamicTitle {

    private final transient ThemeSplitService splits;
    private final transient AuthenticatedUser user;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Map<ProgrammeTheme, BigDecimalField> fields = new EnumMap<>(ProgrammeTheme.class);
    private final Span sum = new Span();
    private final UnorderedList history = new UnorderedList();

    public ThemeSplitView(ThemeSplitService splits, LkkProgrammeService programmes,
                          AuthenticationContext authentication) {
        this.splits = splits;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-dana");
        int planning = programmes.planningYear();
        year.setId("tema-tahun");
        year.setLabel(getTranslation("dana.program.tahun"));
        year.setItems(planning + 1, planning, planning - 1);
        year.setValue(planning);
        year.addValueChangeListener(e -> load());
        Div grid = new Div();
        grid.addClassName("mf-dana-actions");
        for (ProgrammeTheme theme : ProgrammeTheme.values()) {
            BigDecimalField field = new BigDecimalField(getTranslation("dana.tema." + theme));
            field.setId("tema-" + theme.name().toLowerCase(Locale.ROOT));
            field.setSuffixComponent(new Span("%"));
            field.setClearButtonVisible(true);
            field.addClassName("mf-tema-bidang");
            field.setValueChangeMode(ValueChangeMode.EAGER);
            field.addValueChangeListener(e -> showSum());
            fields.put(theme, field);
            grid.add(field);
        }
        sum.setId("tema-jumlah");
        Button save = new Button(getTranslation("dana.tema.simpan"), click -> save());
        save.setId("tema-simpan");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        history.setId("tema-riwayat");
        add(new H2(getTranslation("dana.tema.nav")), new Paragraph(getTranslation("dana.tema.petunjuk")), year, grid,
                sum, save, new H3(getTranslation("dana.tema.riwayat")), history);
        load();
    }

    private void load() {
        Map<ProgrammeTheme, BigDecimal> split = splits.split(year.getValue());
        fields.forEach((theme, field) -> {
            field.setValue(split.get(theme));
            field.setInvalid(false);
        });
        showSum();
        showHistory();
    }

    private void showSum() {
        BigDecimal total = fields.values().stream().map(BigDecimalField::getValue).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean empty = fields.values().stream().allMatch(f -> f.getValue() == null);
        sum.setText(empty ? getTranslation("dana.tema.tanpa-pembagian")
                : getTranslation("dana.tema.jumlah", total));
        sum.getElement().getClassList().set("mf-warning", !empty && total.compareTo(BigDecimal.valueOf(100)) != 0);
    }

    private void save() {
        Map<ProgrammeTheme, BigDecimal> percents = new EnumMap<>(ProgrammeTheme.class);
        boolean valid = true;
        for (Map.Entry<ProgrammeTheme, BigDecimalField> e : fields.entrySet()) {
            BigDecimalField field = e.getValue();
            BigDecimal value = field.getValue();
            boolean bad = field.isInvalid() && value == null || value != null && (value.signum() < 0
                    || value.compareTo(BigDecimal.valueOf(100)) > 0);
            field.setInvalid(bad);
            field.setErrorMessage(bad ? getTranslation("dana.tema.error.persen") : null);
            valid &= !bad;
            percents.put(e.getKey(), value);
        }
        if (!valid) {
            return;
        }
        try {
            splits.save(year.getValue(), percents, user);
            Notices.success(getTranslation("dana.tema.tersimpan"));
            showHistory();
        } catch (BusinessException refused) {
            Notices.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void showHistory() {
        history.removeAll();
        List<AuditEntry> entries = splits.history(year.getValue());
        if (entries.isEmpty()) {
            history.add(new ListItem(getTranslation("dana.tema.riwayat.kosong")));
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry entry = entries.get(i);
            history.add(new ListItem(getTranslation("dana.tema.riwayat.baris",
                    IndonesianDates.dateTime(entry.at(), getLocale()), entry.actor(),
                    entry.detail() == null || entry.detail().isBlank() ? getTranslation("dana.tema.tanpa-pembagian")
                            : entry.detail())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dana.tema.nav");
    }
}

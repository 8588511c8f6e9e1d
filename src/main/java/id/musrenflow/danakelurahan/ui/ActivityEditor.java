package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.RupiahInputs;
import id.musrenflow.danakelurahan.ActivityDraft;
import id.musrenflow.danakelurahan.ActivityRules;
import id.musrenflow.danakelurahan.ProgrammeTheme;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Entry of one activity. Every field says what is wrong beside itself and keeps what was typed; only a complete,
 * valid activity is handed to the list.
 */
class ActivityEditor extends FormLayout {

    private final TextField name = new TextField();
    private final ComboBox<ProgrammeTheme> theme = new ComboBox<>();
    private final TextField target = new TextField();
    private final TextField budget = new TextField();
    private final Checkbox training = new Checkbox();
    private final Button accept = new Button();

    private final BigDecimal maxBudget;

    ActivityEditor(BigDecimal maxBudget, SerializableConsumer<ActivityDraft> onAccept) {
        this.maxBudget = maxBudget;
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
        name.setId("kegiatan-nama");
        name.setLabel(getTranslation("dana.kegiatan.nama"));
        name.setMaxLength(200);
        theme.setId("kegiatan-tema");
        theme.setLabel(getTranslation("dana.kegiatan.tema"));
        theme.setItems(Arrays.asList(ProgrammeTheme.values()));
        theme.setItemLabelGenerator(t -> getTranslation("dana.tema." + t.name()));
        target.setId("kegiatan-sasaran");
        target.setLabel(getTranslation("dana.kegiatan.sasaran"));
        target.setMaxLength(200);
        budget.setId("kegiatan-anggaran");
        budget.setLabel(getTranslation("dana.kegiatan.anggaran"));
        budget.setHelperText(getTranslation("dana.kegiatan.anggaran.bantuan"));
        RupiahInputs.grouped(budget);
        training.setId("kegiatan-pelatihan");
        training.setLabel(getTranslation("dana.kegiatan.pelatihan"));
        accept.setId("kegiatan-tambah");
        accept.setIcon(VaadinIcon.PLUS.create());
        accept.setText(getTranslation("dana.kegiatan.tambah"));
        accept.addClickListener(click -> read().ifPresent(draft -> {
            onAccept.accept(draft);
            clear();
        }));
        add(name, theme, target, budget, training, accept);
    }

    /** Puts an activity back into the fields to be changed. */
    void edit(ActivityDraft draft) {
        name.setValue(draft.name());
        theme.setValue(draft.theme());
        target.setValue(draft.targetGroup());
        budget.setValue(Rupiah.format(draft.budget()).replace("Rp ", ""));
        training.setValue(draft.training());
    }

    private Optional<ActivityDraft> read() {
        boolean ok = show(name, ActivityRules.name(name.getValue()));
        ok &= show(target, ActivityRules.targetGroup(target.getValue()));
        theme.setInvalid(theme.getValue() == null);
        theme.setErrorMessage(theme.isInvalid() ? getTranslation("dana.kegiatan.error.tema-wajib") : null);
        ok &= !theme.isInvalid();
        BigDecimal amount = Rupiah.parse(budget.getValue());
        Optional<String> budgetProblem = amount == null && !budget.getValue().isBlank()
                ? Optional.of("dana.kegiatan.error.anggaran-angka") : ActivityRules.budget(amount, maxBudget);
        ok &= show(budget, budgetProblem);
        return ok ? Optional.of(new ActivityDraft(name.getValue().strip(), theme.getValue(), target.getValue().strip(),
                amount, training.getValue())) : Optional.empty();
    }

    private boolean show(TextField field, Optional<String> problem) {
        field.setInvalid(problem.isPresent());
        // the cap is the only argument any of these messages takes
        field.setErrorMessage(problem.map(key -> getTranslation(key, Rupiah.format(maxBudget))).orElse(null));
        return problem.isEmpty();
    }

    private void clear() {
        name.clear();
        theme.clear();
        target.clear();
        budget.clear();
        training.clear();
    }
}

package id.musrenflow.identity.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import id.musrenflow.base.ui.DatePickers;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.Scope;
import id.musrenflow.reference.Opd;
import id.musrenflow.region.ui.TerritoryPicker;

/**
 * Gives a user a position. Only the fields the chosen position needs are shown; the service checks the rest (one
 * definitive holder at a time, an end date for acting officials) and a refusal leaves everything typed in place.
 */
class PositionDialog extends AdminDialog {

    private final Select<PositionType> type = new Select<>();
    private final TerritoryPicker territory;
    private final ComboBox<Opd> opd = new ComboBox<>();
    private final TextField organisation = new TextField();
    private final Select<PositionStatus> status = new Select<>();
    private final DatePicker start = DatePickers.picker("admin.jabatan.mulai");
    private final DatePicker end = DatePickers.picker("admin.jabatan.selesai");
    private final TextArea note = new TextArea();

    PositionDialog(AdminContext context, long userId, Runnable changed) {
        super("admin.jabatan.tambah");
        type.setLabel(getTranslation("admin.jabatan.jenis"));
        type.setId("position-type");
        type.setItems(PositionType.values());
        type.setItemLabelGenerator(t -> getTranslation("jabatan." + t.name()));
        type.setRequiredIndicatorVisible(true);
        territory = new TerritoryPicker(context.regions());
        territory.setLabel(getTranslation("admin.jabatan.wilayah"));
        territory.setId("position-territory");
        territory.setRequiredIndicatorVisible(true);
        opd.setLabel(getTranslation("admin.jabatan.opd"));
        opd.setId("position-opd");
        opd.setItems(context.opds().list().stream().filter(Opd::active).toList());
        opd.setItemLabelGenerator(o -> o.shortName() + " – " + o.name());
        opd.setRequiredIndicatorVisible(true);
        organisation.setLabel(getTranslation("admin.jabatan.organisasi"));
        organisation.setId("position-organisation");
        organisation.setHelperText(getTranslation("admin.jabatan.organisasi-bantuan"));
        organisation.setRequiredIndicatorVisible(true);
        status.setLabel(getTranslation("umum.status"));
        status.setId("position-status");
        status.setItems(PositionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("jabatan.status." + s.name()));
        status.setValue(PositionStatus.DEFINITIF);
        start.setId("position-start");
        start.setRequiredIndicatorVisible(true);
        start.setValue(context.users().today());
        end.setId("position-end");
        note.setLabel(getTranslation("admin.jabatan.keterangan"));
        note.setId("position-note");
        TextLimits.counted(note, 250);

        type.addValueChangeListener(event -> showFieldsFor(event.getValue()));
        status.addValueChangeListener(event -> end.setRequiredIndicatorVisible(
                event.getValue() != null && event.getValue().acting()));
        showFieldsFor(null);

        FormLayout form = new FormLayout(type, territory, opd, organisation, status, start, end, note);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(territory, 2);
        form.setColspan(note, 2);
        add(form);
        footer("umum.simpan", () -> save(context, userId, changed));
    }

    private void showFieldsFor(PositionType chosen) {
        territory.setVisible(chosen != null && chosen.needsTerritory());
        if (chosen != null && chosen.needsTerritory()) {
            territory.setTargetLevel(chosen.scope().territoryLevel());
        }
        boolean needsOrganisation = chosen != null && chosen.needsOrganisation();
        opd.setVisible(needsOrganisation && chosen.scope() == Scope.OPD);
        organisation.setVisible(needsOrganisation && chosen.scope() != Scope.OPD);
    }

    private void save(AdminContext context, long userId, Runnable changed) {
        message.clear();
        PositionType chosen = type.getValue();
        try {
            context.users().addPosition(userId, new NewPosition(chosen,
                    territory.isVisible() ? territory.getValue() : null,
                    organisationCode(chosen), status.getValue(), start.getValue(), end.getValue(),
                    note.getValue().isBlank() ? null : note.getValue().strip()), context.actor());
            close();
            changed.run();
        } catch (BusinessException refused) {
            message.show(refused);
        }
    }

    private String organisationCode(PositionType chosen) {
        if (chosen == null || !chosen.needsOrganisation()) {
            return null;
        }
        if (chosen.scope() == Scope.OPD) {
            return opd.getValue() == null ? null : opd.getValue().code();
        }
        return organisation.getValue().isBlank() ? null : organisation.getValue().strip();
    }

}

package id.musrenflow.monitoring.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import id.musrenflow.monitoring.RegisterParameters;
import id.musrenflow.proposal.ProposalField;
import id.musrenflow.proposal.ProposalStage;
import id.musrenflow.proposal.RegisterFilter;
import id.musrenflow.reference.Opd;
import id.musrenflow.region.Territory;
import id.musrenflow.region.TerritoryCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The map's compact filters (year, territory, stage, final OPD, bidang), which wrap on a phone, and the link to the
 * register filtered the same way. Filters the bar does not show (status, origin, kind, catalogue item, overdue,
 * search) come from the address and are kept.
 */
class MapFilterBar extends Div {

    private final Select<Integer> year = new Select<>();
    private final Select<Territory> territory = new Select<>();
    private final MultiSelectComboBox<ProposalStage> stages = new MultiSelectComboBox<>();
    private final ComboBox<Opd> opd = new ComboBox<>();
    private final Select<ProposalField> field = new Select<>();
    private final Anchor register = new Anchor();
    private final transient Consumer<RegisterFilter> changed;
    private RegisterFilter filter;
    private boolean updating;

    MapFilterBar(List<Integer> years, List<Territory> territories, List<Opd> opds, Consumer<RegisterFilter> changed) {
        this.changed = changed;
        setId("peta-saringan");
        addClassName("mf-peta-saringan");
        year.setId("peta-tahun");
        year.setLabel(getTranslation("peta.tahun"));
        year.setItems(years);
        territory.setId("peta-wilayah");
        territory.setLabel(getTranslation("peta.wilayah"));
        territory.setItems(territories);
        territory.setItemLabelGenerator(this::territoryLabel);
        stages.setId("peta-tahap");
        stages.setLabel(getTranslation("peta.tahap"));
        stages.setItems(StageColours.SHOWN);
        stages.setItemLabelGenerator(s -> getTranslation("tahap." + s.name()));
        stages.setPlaceholder(getTranslation("peta.semua"));
        opd.setId("peta-opd");
        opd.setLabel(getTranslation("peta.opd"));
        opd.setItems(opds);
        opd.setItemLabelGenerator(o -> o.shortName() == null || o.shortName().isBlank() ? o.name() : o.shortName());
        opd.setPlaceholder(getTranslation("peta.semua"));
        opd.setClearButtonVisible(true);
        field.setId("peta-bidang");
        field.setLabel(getTranslation("peta.bidang"));
        field.setItems(ProposalField.values());
        field.setEmptySelectionAllowed(true);
        field.setEmptySelectionCaption(getTranslation("peta.semua"));
        field.setItemLabelGenerator(f -> f == null ? getTranslation("peta.semua")
                : getTranslation("usulan.bidang." + f.name()));
        register.setId("peta-register");
        register.setText(getTranslation("peta.buka-register"));
        register.addClassName("mf-peta-register");
        year.addValueChangeListener(e -> fire());
        territory.addValueChangeListener(e -> fire());
        stages.addValueChangeListener(e -> fire());
        opd.addValueChangeListener(e -> fire());
        field.addValueChangeListener(e -> fire());
        add(year, territory, stages, opd, field, register);
    }

    /** Shows {@code current} (with {@code shownTerritory} for a filter without one) without firing a change. */
    void show(RegisterFilter current, Territory shownTerritory) {
        this.filter = current;
        updating = true;
        if (!year.getListDataView().getItems().toList().contains(current.year())) {
            List<Integer> years = new ArrayList<>(year.getListDataView().getItems().toList());
            years.add(current.year());
            years.sort(java.util.Comparator.reverseOrder());
            year.setItems(years);
        }
        year.setValue(current.year());
        if (shownTerritory != null && !territory.getListDataView().contains(shownTerritory)) {
            territory.getListDataView().addItem(shownTerritory);
        }
        territory.setValue(shownTerritory);
        stages.setValue(current.stages());
        opd.setValue(opd.getListDataView().getItems().filter(o -> o.code().equals(current.finalOpd())).findFirst()
                .orElse(null));
        field.setValue(current.field());
        register.setHref(RegisterParameters.link(current));
        updating = false;
    }

    private void fire() {
        if (updating || filter == null || year.getValue() == null) {
            return;
        }
        Territory chosen = territory.getValue();
        String code = chosen == null || TerritoryCodes.KOTA_PEKALONGAN.equals(chosen.code()) ? null : chosen.code();
        changed.accept(new RegisterFilter(year.getValue(), code, stages.getValue(), filter.statuses(),
                filter.initialOpd(), opd.getValue() == null ? null : opd.getValue().code(), field.getValue(),
                filter.origin(), filter.kind(), filter.catalogueItemId(), filter.overdue(), filter.search()));
    }

    private String territoryLabel(Territory t) {
        return switch (t.level()) {
            case KOTA -> t.name();
            case KECAMATAN -> getTranslation("peta.wilayah.kecamatan", t.name());
            case KELURAHAN -> getTranslation("peta.wilayah.kelurahan", t.name());
            default -> t.shortLabel();
        };
    }
}

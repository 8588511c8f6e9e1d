package id.musrenflow.region.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import id.musrenflow.region.TerritoryCodes;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses a territory by narrowing down kecamatan → kelurahan → RW → RT, showing only the levels down to the
 * target level. The value is the Kemendagri code of a territory of the target level, or null until one is chosen.
 * Inactive territories are never offered, because nothing new may be attached to them.
 */
public class TerritoryPicker extends CustomField<String> {

    private static final List<Level> LEVELS = List.of(Level.KECAMATAN, Level.KELURAHAN, Level.RW, Level.RT);

    private final transient RegionService regions;
    private final Map<Level, ComboBox<Territory>> boxes = new EnumMap<>(Level.class);
    private Level targetLevel = Level.RT;
    private boolean presenting;

    public TerritoryPicker(RegionService regions) {
        this.regions = regions;
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        for (Level level : LEVELS) {
            ComboBox<Territory> box = new ComboBox<>(getTranslation("wilayah.picker." + level.name().toLowerCase()));
            box.setItemLabelGenerator(Territory::shortLabel);
            box.setClearButtonVisible(true);
            box.addValueChangeListener(event -> selected(level, event.getValue()));
            box.setEnabled(level == Level.KECAMATAN);
            boxes.put(level, box);
            row.add(box);
        }
        boxes.get(Level.KECAMATAN).setItems(active(regions.byLevel(Level.KECAMATAN)));
        add(row);
        showLevels();
    }

    /**
     * The level of territory to choose. Choices above the new level stay, so switching from Ketua RT to Lurah keeps
     * the kelurahan already chosen.
     */
    public void setTargetLevel(Level level) {
        if (!LEVELS.contains(level)) {
            throw new IllegalArgumentException("A territory is picked at kecamatan level or below, not " + level);
        }
        targetLevel = level;
        boxes.forEach((boxLevel, box) -> {
            if (boxLevel.ordinal() > level.ordinal()) {
                box.clear();
            }
        });
        showLevels();
        updateValue();
    }

    public Level getTargetLevel() {
        return targetLevel;
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        boxes.values().forEach(box -> box.setReadOnly(readOnly));
    }

    @Override
    protected String generateModelValue() {
        Territory chosen = boxes.get(targetLevel).getValue();
        return chosen == null ? null : chosen.code();
    }

    @Override
    protected void setPresentationValue(String code) {
        presenting = true;
        try {
            Map<Level, Territory> chain = new EnumMap<>(Level.class);
            if (code != null) {
                TerritoryCodes.selfAndAncestors(code).forEach(c -> regions.find(c).ifPresent(t -> chain.put(t.level(), t)));
            }
            // top-down, because choosing a parent reloads and clears the level below it
            for (Level level : LEVELS) {
                boxes.get(level).setValue(chain.get(level));
            }
        } finally {
            presenting = false;
        }
    }

    private void selected(Level level, Territory territory) {
        Level child = level.child();
        if (child != null && boxes.containsKey(child)) {
            ComboBox<Territory> below = boxes.get(child);
            below.clear();
            below.setItems(territory == null ? List.of() : active(regions.children(territory.code())));
            below.setEnabled(territory != null);
        }
        if (!presenting) {
            updateValue();
        }
    }

    private void showLevels() {
        boxes.forEach((level, box) -> box.setVisible(level.ordinal() <= targetLevel.ordinal()));
    }

    private static List<Territory> active(List<Territory> territories) {
        return territories.stream().filter(Territory::active).toList();
    }
}

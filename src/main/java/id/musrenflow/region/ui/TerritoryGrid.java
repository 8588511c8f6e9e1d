package id.musrenflow.region.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.region.Level;
import id.musrenflow.region.Territory;
import id.musrenflow.region.TerritoryCodes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** RWs or RTs: number, name, status and, for RWs, how many RTs each has. Inactive rows stay listed, dimmed. */
class TerritoryGrid extends Grid<Territory> {

    private Map<String, Long> childCounts = Map.of();

    TerritoryGrid(Level level) {
        setId(level.name().toLowerCase(Locale.ROOT) + "-grid");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(t -> TerritoryCodes.threeDigits(t.number())).setKey("nomor")
                .setHeader(getTranslation("wilayah.kolom.nomor")).setAutoWidth(true).setFlexGrow(0);
        addColumn(Territory::name).setKey("nama").setHeader(getTranslation("wilayah.kolom.nama")).setFlexGrow(1);
        if (level == Level.RW) {
            Column<Territory> rtCount = addColumn(t -> childCounts.getOrDefault(t.code(), 0L)).setKey("jumlah-rt")
                    .setHeader(getTranslation("wilayah.kolom.jumlah-rt")).setAutoWidth(true).setFlexGrow(0);
            NarrowScreen.hideOnPhones(this, rtCount);
        }
        addColumn(t -> getTranslation(t.active() ? "umum.aktif" : "umum.nonaktif")).setKey("status")
                .setHeader(getTranslation("umum.status")).setAutoWidth(true).setFlexGrow(0);
        setPartNameGenerator(t -> t.active() ? null : "mf-region-inactive");
    }

    /** {@code childCounts} as given by {@code RegionService.childCounts}; empty for RTs. */
    void show(List<Territory> territories, Map<String, Long> childCounts) {
        this.childCounts = childCounts;
        setItems(territories);
    }

    Optional<Territory> selected() {
        return getSelectedItems().stream().findFirst();
    }
}

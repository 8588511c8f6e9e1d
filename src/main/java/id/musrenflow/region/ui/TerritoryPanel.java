package id.musrenflow.region.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/** The RWs of a kelurahan or the RTs of an RW, with what an administrator may do to them. */
class TerritoryPanel extends Div {

    private final Level level;
    private final RegionService regions;
    private final String actor;
    private final H3 heading = new H3();
    private final TerritoryGrid grid;
    private final Button add;
    private final Button rename;
    private final Button toggleActive;
    private final Button delete;
    private final List<Consumer<Territory>> selectionListeners = new ArrayList<>();
    private final List<Runnable> changeListeners = new ArrayList<>();
    private Territory parent;
    private boolean reloading;

    TerritoryPanel(Level level, RegionService regions, String actor) {
        this.level = level;
        this.regions = regions;
        this.actor = actor;
        String prefix = level.name().toLowerCase(Locale.ROOT);
        setId(prefix + "-panel");
        addClassName("mf-card");

        add = button(prefix + "-add", "wilayah.tambah." + level, VaadinIcon.PLUS, this::openAdd);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        rename = button(prefix + "-rename", "wilayah.ubah-nama", VaadinIcon.EDIT, this::openRename);
        toggleActive = button(prefix + "-toggle-active", "wilayah.nonaktifkan", VaadinIcon.BAN, this::toggleActive);
        delete = button(prefix + "-delete", "umum.hapus", VaadinIcon.TRASH, this::confirmDelete);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Div toolbar = new Div(add, rename, toggleActive, delete);
        toolbar.addClassName("mf-toolbar");

        grid = new TerritoryGrid(level);
        grid.addSelectionListener(event -> {
            if (!reloading) {
                selectionChanged();
            }
        });
        add(heading, toolbar, grid);
        show(null);
    }

    /** Lists the children of {@code newParent}; keeps the selected row when the parent stays the same. */
    void show(Territory newParent) {
        boolean sameParent = parent != null && newParent != null && parent.code().equals(newParent.code());
        String keep = sameParent ? grid.selected().map(Territory::code).orElse(null) : null;
        parent = newParent;
        heading.setText(parent == null ? level.name()
                : getTranslation("wilayah.daftar." + level, regions.describe(parent.code())));
        grid.setEmptyStateText(getTranslation(parent == null ? "wilayah.pilih-induk." + level : "wilayah.kosong"));
        reload(keep);
    }

    void refresh() {
        show(parent == null ? null : regions.find(parent.code()).orElse(null));
    }

    /** Told the selected row (or null), also after a reload replaced it with its fresh state. */
    void addSelectionListener(Consumer<Territory> listener) {
        selectionListeners.add(listener);
    }

    /** Told after anything in this panel was added, renamed, deactivated, reactivated or deleted. */
    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void reload(String selectCode) {
        List<Territory> children = parent == null ? List.of() : regions.children(parent.code());
        // replacing the items deselects first; listeners would see a selection that is about to come back
        reloading = true;
        try {
            grid.show(children, parent == null || level != Level.RW ? Map.of() : regions.childCounts(parent.code()));
            children.stream().filter(t -> t.code().equals(selectCode)).findFirst()
                    .ifPresentOrElse(grid::select, grid::deselectAll);
        } finally {
            reloading = false;
        }
        selectionChanged();
    }

    private void selectionChanged() {
        Territory current = grid.selected().orElse(null);
        add.setEnabled(parent != null && parent.active());
        rename.setEnabled(current != null);
        toggleActive.setEnabled(current != null);
        delete.setEnabled(current != null);
        boolean reactivate = current != null && !current.active();
        toggleActive.setText(getTranslation(reactivate ? "wilayah.aktifkan" : "wilayah.nonaktifkan"));
        selectionListeners.forEach(listener -> listener.accept(current));
    }

    private void changed(String selectCode, String notice) {
        reload(selectCode);
        Notices.success(notice);
        changeListeners.forEach(Runnable::run);
    }

    private void openAdd() {
        String title = getTranslation("wilayah.tambah.judul." + level, regions.describe(parent.code()));
        new AddTerritoryDialog(title, level, (number, label) -> {
            Territory created = regions.addChild(parent.code(), number, label, actor);
            changed(created.code(), getTranslation("wilayah.ditambahkan", created.shortLabel()));
        }).open();
    }

    private void openRename() {
        Territory territory = grid.selected().orElseThrow();
        String title = getTranslation("wilayah.ubah-nama.judul", regions.describe(territory.code()));
        new RenameTerritoryDialog(title, territory.name(), name -> {
            Territory renamed = regions.rename(territory.code(), name, actor);
            changed(renamed.code(), getTranslation("umum.tersimpan"));
        }).open();
    }

    private void toggleActive() {
        Territory territory = grid.selected().orElseThrow();
        if (!territory.active()) {
            attempt(() -> {
                regions.setActive(territory.code(), true, null, actor);
                changed(territory.code(), getTranslation("wilayah.diaktifkan", territory.shortLabel()));
            });
            return;
        }
        String title = getTranslation("wilayah.nonaktifkan.judul", regions.describe(territory.code()));
        new DeactivateTerritoryDialog(title, reason -> {
            regions.setActive(territory.code(), false, reason, actor);
            changed(territory.code(), getTranslation("wilayah.dinonaktifkan", territory.shortLabel()));
        }).open();
    }

    private void confirmDelete() {
        Territory territory = grid.selected().orElseThrow();
        String described = regions.describe(territory.code());
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("wilayah.hapus.judul", described),
                getTranslation("wilayah.hapus.teks", described), getTranslation("umum.hapus"),
                event -> attempt(() -> {
                    regions.delete(territory.code(), actor);
                    changed(null, getTranslation("wilayah.dihapus", territory.shortLabel()));
                }));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("umum.batal"));
        confirm.open();
    }

    private void attempt(Runnable action) {
        try {
            action.run();
        } catch (BusinessException refused) {
            Notices.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private Button button(String id, String labelKey, VaadinIcon icon, Runnable action) {
        Button button = new Button(getTranslation(labelKey), icon.create(), click -> action.run());
        button.setId(id);
        return button;
    }
}

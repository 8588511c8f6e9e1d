package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.proposal.CatalogueEntry;
import id.musrenflow.proposal.CatalogueItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/** The items of one year; on a phone only name, unit cost and status stay, the rest is in the edit dialog. */
class CatalogueGrid extends Grid<CatalogueEntry> {

    private final transient UnaryOperator<String> opdName;

    CatalogueGrid(UnaryOperator<String> opdName) {
        this.opdName = opdName;
        setId("kamus-daftar");
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        setHeight("60vh");
        setMinHeight("20rem");
        Column<CatalogueEntry> code = addColumn(e -> e.item().code()).setKey("kode")
                .setHeader(getTranslation("kamus.kolom.kode")).setSortable(true).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> e.item().name()).setKey("nama").setHeader(getTranslation("kamus.kolom.nama"))
                .setSortable(true).setFlexGrow(3);
        Column<CatalogueEntry> kind = addColumn(e -> getTranslation("usulan.jenis." + e.item().kind().name()))
                .setKey("jenis").setHeader(getTranslation("kamus.kolom.jenis")).setAutoWidth(true).setFlexGrow(0);
        Column<CatalogueEntry> field = addColumn(e -> getTranslation("usulan.bidang." + e.item().field().name()))
                .setKey("bidang").setHeader(getTranslation("kamus.kolom.bidang")).setAutoWidth(true).setFlexGrow(0);
        Column<CatalogueEntry> unit = addColumn(e -> e.item().unit()).setKey("satuan")
                .setHeader(getTranslation("kamus.kolom.satuan")).setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> Rupiah.format(e.item().unitCost())).setKey("harga")
                .setHeader(getTranslation("kamus.kolom.harga-satuan")).setAutoWidth(true).setFlexGrow(0)
                .setComparator(e -> e.item().unitCost());
        Column<CatalogueEntry> opd = addColumn(e -> opdName.apply(e.item().opdCode())).setKey("opd")
                .setHeader(getTranslation("kamus.opd")).setSortable(true).setFlexGrow(2);
        Column<CatalogueEntry> dana = addColumn(e -> getTranslation(e.item().danaKelurahan() ? "umum.ya" : "umum.tidak"))
                .setKey("dana-kelurahan").setHeader(getTranslation("kamus.kolom.dana-kelurahan")).setAutoWidth(true)
                .setFlexGrow(0);
        Column<CatalogueEntry> needs = addColumn(e -> requirements(e.item())).setKey("syarat")
                .setHeader(getTranslation("kamus.kolom.syarat")).setFlexGrow(1);
        addColumn(this::status).setKey("status").setHeader(getTranslation("umum.status")).setFlexGrow(1);
        NarrowScreen.hideOnPhones(this, code, kind, field, unit, opd, dana, needs);
    }

    boolean matches(CatalogueEntry entry, String term) {
        CatalogueItem item = entry.item();
        return item.code().toLowerCase(Locale.ROOT).contains(term) || item.name().toLowerCase(Locale.ROOT).contains(term)
                || opdName.apply(item.opdCode()).toLowerCase(Locale.ROOT).contains(term);
    }

    private String requirements(CatalogueItem item) {
        List<String> needs = new ArrayList<>();
        if (item.photoRequired()) {
            needs.add(getTranslation("kamus.syarat.foto"));
        }
        if (item.coordinatesRequired()) {
            needs.add(getTranslation("kamus.syarat.koordinat"));
        }
        if (item.landEvidenceRequired()) {
            needs.add(getTranslation("kamus.syarat.bukti-lahan"));
        }
        return needs.isEmpty() ? "–" : String.join(", ", needs);
    }

    private String status(CatalogueEntry entry) {
        return entry.active() ? getTranslation("umum.aktif")
                : getTranslation("kamus.status.nonaktif", entry.retiredReason() == null ? "" : entry.retiredReason());
    }
}

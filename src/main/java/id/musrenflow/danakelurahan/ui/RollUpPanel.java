package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.danakelurahan.BudgetTotals;
import id.musrenflow.danakelurahan.RollUp;
import id.musrenflow.danakelurahan.RollUpRow;
import java.util.Map;

/**
 * A kecamatan's kelurahan or the city's kecamatan: headline figures of the total and one line each, which opens
 * the board of that kelurahan or kecamatan.
 */
class RollUpPanel extends BoardPanel {

    RollUpPanel(RollUp rollUp, String route) {
        RollUpRow total = rollUp.total();
        Grid<RollUpRow> grid = new Grid<>();
        grid.setId("anggaran-rekap");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        Grid.Column<RollUpRow> name = grid.addColumn(RollUpRow::name).setHeader(getTranslation("anggaran.rekap.wilayah"))
                .setFlexGrow(2);
        Grid.Column<RollUpRow> pagu = grid.addColumn(r -> Rupiah.format(r.pagu()))
                .setHeader(getTranslation("anggaran.pagu")).setAutoWidth(true);
        Grid.Column<RollUpRow> allocated = grid.addColumn(r -> Rupiah.format(r.totals().allocated()))
                .setHeader(getTranslation("anggaran.dialokasikan")).setAutoWidth(true);
        Grid.Column<RollUpRow> released = grid.addColumn(r -> Rupiah.format(r.totals().released()))
                .setHeader(getTranslation("anggaran.dicairkan")).setAutoWidth(true);
        Grid.Column<RollUpRow> realised = grid.addColumn(r -> Rupiah.format(r.totals().realised()))
                .setHeader(getTranslation("anggaran.terealisasi")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("anggaran.persen",
                        BudgetTotals.percent(r.totals().realised(), r.pagu())))
                .setHeader(getTranslation("anggaran.rekap.serapan")).setAutoWidth(true);
        Grid.Column<RollUpRow> activities = grid.addColumn(r -> r.closed() + " / " + r.activities())
                .setHeader(getTranslation("anggaran.rekap.kegiatan")).setAutoWidth(true);
        name.setFooter(getTranslation("anggaran.rekap.jumlah"));
        pagu.setFooter(Rupiah.format(total.pagu()));
        allocated.setFooter(Rupiah.format(total.totals().allocated()));
        released.setFooter(Rupiah.format(total.totals().released()));
        realised.setFooter(Rupiah.format(total.totals().realised()));
        activities.setFooter(total.closed() + " / " + total.activities());
        NarrowScreen.hideOnPhones(grid, pagu, allocated, released, activities);
        grid.setItems(rollUp.rows());
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(route, QueryParameters.simple(
                Map.of("tahun", String.valueOf(rollUp.year()), "wilayah", click.getItem().code())))));
        add(new H2(getTranslation("anggaran.judul.rekap", rollUp.name(), rollUp.year())),
                headline(total.pagu(), total.totals()), progress("anggaran-rekap-total",
                        getTranslation("anggaran.rekap.jumlah"), null, total.totals()), grid);
    }
}

package id.musrenflow.monitoring.ui;

import id.musrenflow.monitoring.RegisterParameters;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.monitoring.process.ProcessDiagram;
import id.musrenflow.monitoring.process.ProcessDiagramService;
import id.musrenflow.monitoring.process.ProcessFigures;
import id.musrenflow.monitoring.process.ProcessModels;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every deployed process drawn with its figures (/pemantauan/proses/Process_UsulanMusrenbang?tampilan=riwayat&
 * tahun=2027): the instances waiting at each element now, or the historic heatmap (how many entered each element and
 * how long they stayed), within the reader's territory; a table below repeats the figures in words.
 */
@Route("pemantauan/proses/:key?")
@RolesAllowed({"BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU", "ADMIN_SISTEM", "CAMAT", "STAF_KECAMATAN", "LURAH",
        "STAF_KELURAHAN", "LPM", "VERIFIKATOR_OPD", "DPRD"})
@Menu(title = "proses.diagram.nav", order = 22, icon = "vaadin:sitemap")
@StyleSheet("context://styles/pemantauan-proses.css")
public class ProcessDiagramView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final String ROUTE = "pemantauan/proses";
    static final String DEFAULT_PROCESS = "Process_UsulanMusrenbang";

    private final transient ProcessDiagramService diagrams;
    private final transient AuthenticatedUser user;
    private final Map<String, String> processNames = new LinkedHashMap<>();
    private final Select<String> process = new Select<>();
    private final RadioButtonGroup<DiagramSvg.Mode> mode = new RadioButtonGroup<>();
    private final Select<Integer> year = new Select<>();
    private final Checkbox actualSize = new Checkbox();
    private final Paragraph note = new Paragraph();
    private final Div drawing = new Div();
    private final Grid<ElementFigures.Row> table = new Grid<>();
    private boolean updating;
    private String current;

    public ProcessDiagramView(ProcessDiagramService diagrams, AuthenticationContext authentication) {
        this.diagrams = diagrams;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-proses");
        diagrams.processes().forEach(p -> processNames.put(p.key(), p.name()));
        process.setId("proses-pilih");
        process.setLabel(getTranslation("proses.diagram.proses"));
        process.setItems(List.copyOf(processNames.keySet()));
        process.setItemLabelGenerator(k -> processNames.getOrDefault(k, ""));
        process.setWidth("min(100%, 24rem)");
        mode.setId("proses-tampilan");
        mode.setLabel(getTranslation("proses.diagram.tampilan"));
        mode.setItems(DiagramSvg.Mode.values());
        mode.setItemLabelGenerator(m -> m == DiagramSvg.Mode.NOW ? getTranslation("proses.diagram.tampilan.kini")
                : getTranslation("proses.diagram.tampilan.riwayat"));
        year.setId("proses-tahun");
        year.setLabel(getTranslation("proses.diagram.tahun"));
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("proses.diagram.semua-tahun"));
        year.setItemLabelGenerator(y -> y == null ? getTranslation("proses.diagram.semua-tahun") : y.toString());
        actualSize.setId("proses-ukuran-asli");
        actualSize.setLabel(getTranslation("proses.diagram.ukuran-asli"));
        actualSize.addValueChangeListener(e -> drawing.setClassName("mf-diagram-asli", e.getValue()));
        process.addValueChangeListener(e -> navigate());
        mode.addValueChangeListener(e -> navigate());
        year.addValueChangeListener(e -> navigate());
        note.setId("proses-catatan");
        note.getElement().setAttribute("role", "status");
        drawing.setId("proses-diagram");
        drawing.addClassName("mf-diagram-kotak");
        table.setId("proses-angka");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        HorizontalLayout controls = new HorizontalLayout(process, mode, year, actualSize);
        controls.setWrap(true);
        controls.setWidthFull();
        controls.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("proses.diagram.judul")), controls, note, drawing, table);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String key = event.getRouteParameters().get("key")
                .orElse(processNames.containsKey(DEFAULT_PROCESS) ? DEFAULT_PROCESS
                        : processNames.keySet().stream().findFirst().orElse(null));
        Optional<ProcessDiagram> diagram = key == null || !processNames.containsKey(key) ? Optional.empty()
                : diagrams.diagram(key);
        DiagramSvg.Mode chosenMode = RegisterParameters.first(query, "tampilan").filter("riwayat"::equals).isPresent()
                ? DiagramSvg.Mode.HISTORY : DiagramSvg.Mode.NOW;
        List<Integer> years = key == null ? List.of() : diagrams.years(key);
        Integer chosenYear = RegisterParameters.first(query, "tahun").flatMap(RegisterParameters::integer).orElse(null);
        current = key;
        updating = true;
        process.setValue(diagram.isPresent() ? key : null);
        mode.setValue(chosenMode);
        year.setItems(years);
        year.setValue(chosenYear != null && years.contains(chosenYear) ? chosenYear : null);
        year.setVisible(key != null && diagrams.hasYear(key));
        updating = false;
        drawing.removeAll();
        if (diagram.isEmpty()) {
            note.setText(getTranslation("proses.diagram.tidak-dikenal"));
            table.setVisible(false);
            return;
        }
        show(diagram.get(), chosenMode, year.getValue());
    }

    private void show(ProcessDiagram d, DiagramSvg.Mode chosenMode, Integer chosenYear) {
        ProcessFigures figures = diagrams.figures(d, user, chosenYear);
        ElementFigures words = new ElementFigures(d, figures, chosenYear, getLocale(), this::getTranslation);
        note.setText(figures.hidden() ? getTranslation("proses.diagram.tanpa-wilayah")
                : figures.restricted() ? getTranslation("proses.diagram.wilayah-anda")
                : getTranslation("proses.diagram.seluruh-kota"));
        Div svg = new Div();
        svg.addClassName("mf-diagram-svg");
        svg.getElement().setProperty("innerHTML", DiagramSvg.render(d, figures, chosenMode,
                getTranslation("proses.diagram.alt", d.name()), words::link, id -> words.tooltip(id, chosenMode)));
        drawing.add(svg);
        table.removeAllColumns();
        table.addColumn(ElementFigures.Row::name).setHeader(getTranslation("proses.diagram.kolom.elemen"))
                .setFlexGrow(3);
        if (chosenMode == DiagramSvg.Mode.NOW) {
            table.addColumn(ElementFigures.Row::waiting).setHeader(getTranslation("proses.diagram.kolom.menunggu"));
        } else {
            table.addColumn(ElementFigures.Row::entered).setHeader(getTranslation("proses.diagram.kolom.masuk"));
            table.addColumn(ElementFigures.Row::median).setHeader(getTranslation("proses.diagram.kolom.median"));
            table.addColumn(ElementFigures.Row::average).setHeader(getTranslation("proses.diagram.kolom.rata-rata"));
        }
        List<ElementFigures.Row> rows = words.rows(chosenMode);
        table.setItems(rows);
        table.setVisible(!rows.isEmpty());
        if (rows.isEmpty() && !figures.hidden()) {
            note.setText(note.getText() + " " + getTranslation(chosenMode == DiagramSvg.Mode.NOW
                    ? "proses.diagram.kosong-kini" : "proses.diagram.kosong-riwayat"));
        }
    }

    private void navigate() {
        if (updating || process.getValue() == null) {
            return;
        }
        Map<String, String> q = new LinkedHashMap<>();
        if (mode.getValue() == DiagramSvg.Mode.HISTORY) {
            q.put("tampilan", "riwayat");
        }
        if (year.getValue() != null && process.getValue().equals(current)) {
            q.put("tahun", year.getValue().toString());
        }
        getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + process.getValue(), QueryParameters.simple(q)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proses.diagram.judul");
    }
}

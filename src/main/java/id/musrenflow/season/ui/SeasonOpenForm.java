package id.musrenflow.season.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.ui.DatePickers;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonRejected;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.Stage;
import id.musrenflow.season.WindowDraft;
import id.musrenflow.season.WindowProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opens the season of the next planning year from a template (the previous season a year later, or the default
 * calendar): a start and an end per stage, each rule broken shown on its date, nothing typed lost.
 */
class SeasonOpenForm extends Div {

    private final transient SeasonService seasons;
    private final int planningYear;
    private final String actor;
    private final transient Consumer<Season> onOpened;
    private final Map<Stage, DatePicker> starts = new EnumMap<>(Stage.class);
    private final Map<Stage, DatePicker> ends = new EnumMap<>(Stage.class);

    SeasonOpenForm(SeasonService seasons, int planningYear, String actor, Consumer<Season> onOpened) {
        this.seasons = seasons;
        this.planningYear = planningYear;
        this.actor = actor;
        this.onOpened = onOpened;
        addClassName("mf-card");
        setId("musim-buka");
        add(new H3(getTranslation("musim.buka.judul", planningYear)),
                new Paragraph(getTranslation(seasons.season(planningYear - 1).isPresent() ? "musim.buka.dari-musim-lalu"
                        : "musim.buka.dari-bawaan", planningYear - 1)));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        for (Stage stage : Stage.values()) {
            DatePicker start = DatePickers.picker("musim.buka.mulai");
            DatePicker end = DatePickers.picker("musim.buka.selesai");
            start.setId("mulai-" + stage.name());
            end.setId("selesai-" + stage.name());
            start.setLabel(getTranslation(stage.messageKey()) + " · " + getTranslation("musim.buka.mulai"));
            starts.put(stage, start);
            ends.put(stage, end);
            form.add(start, end);
        }
        fill(seasons.template(planningYear));
        Button fromDefault = new Button(getTranslation("musim.buka.pakai-bawaan"), click -> fill(
                Arrays.stream(Stage.values()).map(s -> s.defaultWindow(planningYear)).toList()));
        fromDefault.setId("musim-buka-bawaan");
        fromDefault.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button open = new Button(getTranslation("musim.buka.tombol", planningYear), click -> open());
        open.setId("musim-buka-simpan");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, new Div(fromDefault, open));
    }

    private void fill(List<WindowDraft> windows) {
        windows.forEach(w -> {
            starts.get(w.stage()).setValue(w.start());
            ends.get(w.stage()).setValue(w.end());
        });
    }

    private void open() {
        starts.values().forEach(f -> f.setInvalid(false));
        ends.values().forEach(f -> f.setInvalid(false));
        List<WindowDraft> windows = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            windows.add(new WindowDraft(stage, starts.get(stage).getValue(), ends.get(stage).getValue()));
        }
        try {
            Season season = seasons.open(planningYear, windows, actor);
            Notices.success(getTranslation("musim.buka.berhasil", planningYear));
            onOpened.accept(season);
        } catch (SeasonRejected rejected) {
            for (WindowProblem problem : rejected.problems()) {
                DatePicker field = (problem.end() ? ends : starts).get(problem.stage());
                field.setErrorMessage(getTranslation(problem.messageKey(), problem.arguments()));
                field.setInvalid(true);
            }
            Notices.error(getTranslation("musim.buka.periksa", rejected.problems().size()));
        } catch (BusinessException refused) {
            Notices.error(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}

package id.musrenflow.lks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.lks.AccreditationComponent;
import id.musrenflow.lks.SelfAssessment;
import id.musrenflow.lks.SelfAssessmentService;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The officer fills the structured self-assessment: per component an own score (0–100) and its evidence. Values
 * stay in the fields when the service refuses them, so nothing typed is lost.
 */
class SelfAssessmentForm extends Div {

    private final Map<AccreditationComponent, NumberField> scores = new EnumMap<>(AccreditationComponent.class);
    private final Map<AccreditationComponent, TextArea> evidence = new EnumMap<>(AccreditationComponent.class);

    SelfAssessmentForm(Map<AccreditationComponent, SelfAssessment> saved,
                       BiConsumer<Map<AccreditationComponent, Number>, Map<AccreditationComponent, String>> save) {
        setId("lks-mandiri-isian");
        add(new Paragraph(getTranslation("lks.mandiri.petunjuk")));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        for (AccreditationComponent component : AccreditationComponent.values()) {
            String label = getTranslation("lks.akreditasi.komponen." + component.name());
            NumberField score = new NumberField(getTranslation("lks.mandiri.nilai", label));
            score.setId("lks-mandiri-nilai-" + component.name());
            score.setMin(0);
            score.setMax(100);
            score.setStep(0.01);
            TextArea text = new TextArea(getTranslation("lks.mandiri.bukti", label));
            text.setId("lks-mandiri-bukti-" + component.name());
            TextLimits.counted(text, SelfAssessmentService.MAX_EVIDENCE);
            SelfAssessment entry = saved.get(component);
            if (entry != null) {
                score.setValue(entry.score().doubleValue());
                text.setValue(entry.evidence());
            }
            scores.put(component, score);
            evidence.put(component, text);
            form.add(score, text);
        }
        Button submit = new Button(getTranslation("lks.mandiri.simpan"), click -> save.accept(scoreValues(),
                evidenceValues()));
        submit.setId("lks-mandiri-simpan");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, submit);
    }

    private Map<AccreditationComponent, Number> scoreValues() {
        Map<AccreditationComponent, Number> values = new EnumMap<>(AccreditationComponent.class);
        scores.forEach((component, field) -> {
            if (field.getValue() != null) {
                values.put(component, field.getValue());
            }
        });
        return values;
    }

    private Map<AccreditationComponent, String> evidenceValues() {
        Map<AccreditationComponent, String> values = new EnumMap<>(AccreditationComponent.class);
        evidence.forEach((component, field) -> values.put(component, field.getValue()));
        return values;
    }
}

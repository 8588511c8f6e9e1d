package id.musrenflow.base.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.Rupiah;
import java.math.BigDecimal;

/**
 * A text field for a Rupiah amount: "Rp" before it, and what the user typed ("100000") grouped the Indonesian way
 * ("100.000") as soon as the field is left, so a missing or extra zero shows. {@link Rupiah#parse} reads both.
 */
public final class RupiahInputs {

    private RupiahInputs() {
    }

    public static TextField grouped(TextField field) {
        field.setPrefixComponent(new Span("Rp"));
        field.setAllowedCharPattern("[0-9.,Rp ]");
        field.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            BigDecimal amount = Rupiah.parse(change.getValue());
            if (amount != null) {
                String grouped = Rupiah.format(amount).replace("Rp ", "");
                if (!grouped.equals(change.getValue())) {
                    field.setValue(grouped);
                }
            }
        });
        return field;
    }
}

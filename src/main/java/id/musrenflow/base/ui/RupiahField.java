package id.musrenflow.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.Rupiah;
import java.math.BigDecimal;

/**
 * A whole-Rupiah amount field whose value is a {@link BigDecimal}, shown grouped the Indonesian way ("Rp 3.000.000")
 * as soon as the field is left; the user may type "3000000" or "3.000.000". Text that is not an amount gives an
 * empty value, which the form's own rules then name.
 */
public class RupiahField extends CustomField<BigDecimal> {

    private final TextField text = RupiahInputs.grouped(new TextField());

    public RupiahField() {
        text.setWidthFull();
        text.addValueChangeListener(change -> updateValue());
        add(text);
    }

    @Override
    protected BigDecimal generateModelValue() {
        return Rupiah.parse(text.getValue());
    }

    @Override
    protected void setPresentationValue(BigDecimal value) {
        text.setValue(value == null ? "" : Rupiah.format(value).replace("Rp ", ""));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        text.setReadOnly(readOnly);
    }

    /** The typed text, as the user left it. */
    public String text() {
        return text.getValue();
    }
}

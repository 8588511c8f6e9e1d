package id.musrenflow.workflow;

import id.musrenflow.base.BusinessException;
import id.musrenflow.workflow.forms.FieldError;
import java.util.List;

/** The submitted decision broke its form's rules; nothing was completed, the errors say which fields. */
public class FormRejected extends BusinessException {

    private final transient List<FieldError> errors;

    public FormRejected(List<FieldError> errors) {
        super("tugas.error.isian-tidak-sah");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}

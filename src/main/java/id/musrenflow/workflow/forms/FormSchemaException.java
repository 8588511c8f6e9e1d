package id.musrenflow.workflow.forms;

/** A form file this renderer cannot honour faithfully; thrown when the form is read, never at submission. */
public class FormSchemaException extends RuntimeException {

    public FormSchemaException(String message) {
        super(message);
    }

    public FormSchemaException(String message, Throwable cause) {
        super(message, cause);
    }

    /** {@code where} names the component, for example "field 'alasan' (Field_Alasan)". */
    static FormSchemaException at(String formId, String where, String problem) {
        return new FormSchemaException("Form '" + formId + "', " + where + ": " + problem);
    }
}

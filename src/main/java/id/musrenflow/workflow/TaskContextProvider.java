package id.musrenflow.workflow;

import com.vaadin.flow.component.Component;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.workflow.forms.Option;
import java.util.List;
import java.util.Map;

/**
 * What a business module shows beside a task's form: the case the decision is about (an usulan's fields, photos,
 * map, history). Modules contribute beans; the task view asks the first one that {@link #supports} the task. The
 * workflow module thus renders any process's tasks without knowing its business objects.
 */
public interface TaskContextProvider {

    /** Whether this provider knows the case behind the task (usually by its process definition key). */
    boolean supports(InboxTask task);

    /**
     * The case, read-only. Called only after the inbox has checked that {@code user} may work on the task; the
     * task carries all its process variables.
     */
    Component context(InboxTask task, AuthenticatedUser user);

    /**
     * For the inbox's cards on phones: one short line naming the case behind each listed task ("Drainase Gang Melati ·
     * RT 003/RW 002"), by task id; tasks this provider does not know are left out. Listed tasks carry only the list's
     * variables, so recognise them by process key and business key; answer the whole list with a few queries.
     */
    default Map<String, String> caseLines(List<InboxTask> tasks) {
        return Map.of();
    }

    /** Options of the task form's fields with a {@code valuesKey} (a list of OPDs, say), by that key. */
    default Map<String, List<Option>> formOptions(InboxTask task) {
        return Map.of();
    }

    /** Values the task form starts with (a suggestion the official may change, such as the next free rank). */
    default Map<String, Object> formValues(InboxTask task) {
        return Map.of();
    }
}

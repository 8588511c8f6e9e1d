package id.musrenflow.workflow;

/**
 * What the inbox should list: every criterion is optional (null or blank means "any").
 *
 * @param processKey    process definition key
 * @param stage         task definition key (the BPMN id of the user task)
 * @param kelurahanCode the case's kelurahan ({@link InboxTask#KELURAHAN_VARIABLE})
 * @param overdueOnly   only tasks past their due date
 * @param search        part of the business key (usulan number) or of the task name, any case
 */
public record InboxQuery(String processKey, String stage, String kelurahanCode, boolean overdueOnly, String search,
                         Sort sort) {

    public enum Sort { DUE, CREATED, NAME }

    public InboxQuery {
        processKey = blankToNull(processKey);
        stage = blankToNull(stage);
        kelurahanCode = blankToNull(kelurahanCode);
        search = blankToNull(search);
        sort = sort == null ? Sort.DUE : sort;
    }

    public static InboxQuery all() {
        return new InboxQuery(null, null, null, false, null, Sort.DUE);
    }

    public InboxQuery withSearch(String text) {
        return new InboxQuery(processKey, stage, kelurahanCode, overdueOnly, text, sort);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

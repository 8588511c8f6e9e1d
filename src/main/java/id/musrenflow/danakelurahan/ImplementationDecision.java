package id.musrenflow.danakelurahan;

/**
 * The decision table's answer for one activity, kept with the activity so the reason can be shown later.
 *
 * @param contractForm null for swakelola (no contract with a third party)
 * @param reason       the matched rule's reason, in Bahasa Indonesia as officials wrote it into the table
 * @param decisionVersion version of the deployed decision that answered, for the record
 */
public record ImplementationDecision(ImplementationMode mode, ContractForm contractForm, String reason,
                                     int decisionVersion) {
}

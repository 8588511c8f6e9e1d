package id.musrenflow.danakelurahan;

/**
 * Why one row of an imported workbook cannot be taken (or the whole file, row 0): a message key of the dana bundle
 * and its arguments, the first of which is the row number as the spreadsheet shows it.
 */
public record ImportProblem(int row, String messageKey, Object... arguments) {
}

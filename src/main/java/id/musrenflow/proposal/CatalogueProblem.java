package id.musrenflow.proposal;

/**
 * Why a catalogue item (row 0: the dialog or the whole file) or one workbook row cannot be taken: the row as the
 * spreadsheet numbers it, the column ({@code null}: the whole row), a message key of the kamus bundle and its
 * arguments.
 */
public record CatalogueProblem(int row, CatalogueColumn column, String messageKey, Object... arguments) {
}

package id.musrenflow.proposal;

import java.util.List;

/**
 * The outcome of importing a catalogue workbook into a year: either problems (then nothing was stored) or how many
 * items were added, changed, and retired because the file no longer lists them.
 */
public record CatalogueImport(List<CatalogueProblem> problems, int added, int changed, int retired) {

    public static CatalogueImport refused(List<CatalogueProblem> problems) {
        return new CatalogueImport(List.copyOf(problems), 0, 0, 0);
    }

    public boolean stored() {
        return problems.isEmpty();
    }
}

package id.musrenflow.proposal;

import id.musrenflow.base.BusinessException;
import java.util.List;

/** A catalogue item refused with all its problems, so a form can mark every field at once; the first is the message. */
public class CatalogueRejected extends BusinessException {

    private final transient List<CatalogueProblem> problems;

    public CatalogueRejected(List<CatalogueProblem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<CatalogueProblem> problems() {
        return problems;
    }
}

package id.musrenflow.season;

import id.musrenflow.base.BusinessException;
import java.util.List;

/** The windows entered break the season's rules; every problem is named so each can be shown on its field. */
public class SeasonRejected extends BusinessException {

    private final transient List<WindowProblem> problems;

    public SeasonRejected(List<WindowProblem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<WindowProblem> problems() {
        return problems;
    }
}

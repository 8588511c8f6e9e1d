package id.musrenflow.base;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Several rules broken by one input at once, so a form can mark every field in one go instead of one per attempt.
 * It is a {@link BusinessException} carrying the first problem, so callers that show one message still work.
 */
public class BusinessProblems extends BusinessException {

    private final transient List<BusinessException> problems;

    private BusinessProblems(List<BusinessException> problems) {
        super(problems.get(0).messageKey(), problems.get(0).arguments());
        this.problems = List.copyOf(problems);
    }

    public List<BusinessException> problems() {
        return problems;
    }

    /** Runs checks, keeping each refusal, and throws them together at the end. */
    public static final class Collector {

        private final List<BusinessException> found = new ArrayList<>();

        /** The checked value, or null when the check refused it (the refusal is kept). */
        public <T> T value(Supplier<T> check) {
            try {
                return check.get();
            } catch (BusinessProblems several) {
                found.addAll(several.problems());
            } catch (BusinessException refused) {
                found.add(refused);
            }
            return null;
        }

        public void check(Runnable check) {
            value(() -> {
                check.run();
                return null;
            });
        }

        public void add(String messageKey, Object... arguments) {
            found.add(new BusinessException(messageKey, arguments));
        }

        /** Throws all refusals kept so far, or nothing. */
        public void throwIfAny() {
            if (found.size() == 1) {
                throw found.get(0);
            }
            if (!found.isEmpty()) {
                throw new BusinessProblems(found);
            }
        }
    }
}

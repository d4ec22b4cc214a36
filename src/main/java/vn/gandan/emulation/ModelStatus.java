package vn.gandan.emulation;

import java.util.Set;
import vn.gandan.shared.ProblemException;

/**
 * The lifecycle of a model (H2): đăng ký → ra mắt → theo dõi → đánh giá → công nhận → nhân rộng. Each step names
 * the statuses it may follow; anything else is refused (409) with a message saying what must come first.
 */
public enum ModelStatus {
    REGISTERED, LAUNCHED, MONITORED, EVALUATED, RECOGNISED, REPLICATED;

    /** The status a step leads to from this one, or 409 with the step's own "out of order" message. */
    ModelStatus then(ModelStatus step) {
        if (!allowedBefore(step).contains(this)) {
            throw ProblemException.conflict("emulation.model.order." + step.name());
        }
        return step;
    }

    private static Set<ModelStatus> allowedBefore(ModelStatus step) {
        return switch (step) {
            case REGISTERED -> Set.of();
            case LAUNCHED -> Set.of(REGISTERED);
            case MONITORED -> Set.of(LAUNCHED, MONITORED);
            case EVALUATED -> Set.of(MONITORED);
            case RECOGNISED -> Set.of(EVALUATED);
            case REPLICATED -> Set.of(RECOGNISED, REPLICATED);
        };
    }
}

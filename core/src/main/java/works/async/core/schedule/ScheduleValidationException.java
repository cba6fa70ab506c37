package works.async.core.schedule;

import java.util.List;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.policy.FieldProblem;

/** A refused schedule update listing every problem at once; {@link #field()} names the first. */
public class ScheduleValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public ScheduleValidationException(List<FieldProblem> problems) {
        super(ErrorCode.INVALID_SCHEDULE, problems.isEmpty() ? null : problems.get(0).field(),
                problems.size() == 1 ? problems.get(0).message()
                        : "The schedule has " + problems.size() + " problems; the first: " + problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in form order. */
    public List<FieldProblem> problems() {
        return problems;
    }
}

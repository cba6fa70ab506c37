package works.async.core.policy;

import java.util.List;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** A refused policy update listing every problem at once; {@link #field()} names the first. */
public class PolicyValidationException extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public PolicyValidationException(List<FieldProblem> problems) {
        super(ErrorCode.INVALID_POLICY, problems.isEmpty() ? null : problems.get(0).field(), summary(problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, in the order the fields appear on the form. */
    public List<FieldProblem> problems() {
        return problems;
    }

    static String summary(List<FieldProblem> problems) {
        return problems.size() == 1 ? problems.get(0).message()
                : "The settings have " + problems.size() + " problems; the first: " + problems.get(0).message();
    }
}

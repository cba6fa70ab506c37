package works.async.jira.workflow;

import com.atlassian.sal.api.message.I18nResolver;
import com.opensymphony.module.propertyset.PropertySet;
import com.opensymphony.workflow.InvalidInputException;
import com.opensymphony.workflow.Validator;
import java.util.Map;
import java.util.Objects;
import works.async.plugin.ownership.OwnershipRequestStore;

/**
 * Workflow validator "Ownership confirmed": refuses the transition, with a sentence in the user's language, unless the
 * issue's current ownership request is confirmed (or there is none and the {@code allow-unowned} arg allows that).
 * When the request cannot be read the transition is refused too, saying so, rather than let a required check pass.
 */
public final class OwnershipConfirmedValidator implements Validator {

    private final CurrentOwnership ownership;
    private final I18nResolver i18n;

    public OwnershipConfirmedValidator(OwnershipRequestStore store, I18nResolver i18n) {
        this.ownership = new CurrentOwnership(store);
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    @Override
    public void validate(Map transientVars, Map args, PropertySet ps) throws InvalidInputException {
        OwnershipStanding standing = ownership.of(transientVars);
        if (!standing.passes(AllowUnowned.in(args))) {
            throw new InvalidInputException(i18n.getText(standing.refusalKey()));
        }
    }
}

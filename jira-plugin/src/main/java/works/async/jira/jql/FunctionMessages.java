package works.async.jira.jql;

import java.util.Objects;

import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.util.MessageSetImpl;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.sal.api.message.I18nResolver;

/**
 * The validation messages of the plugin's JQL functions, from the plugin's Jira bundle. SAL's resolver answers in
 * the current request's locale, which during validation is the searcher's.
 */
final class FunctionMessages {

    private final I18nResolver i18n;

    FunctionMessages(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /** An error unless the call has no argument. */
    MessageSet noArguments(FunctionOperand operand) {
        MessageSet messages = new MessageSetImpl();
        if (!operand.getArgs().isEmpty()) {
            messages.addErrorMessage(i18n.getText("async.jql.error.no.arguments", operand.getName(),
                    operand.getArgs().size()));
        }
        return messages;
    }

    MessageSet exactlyOneUser(FunctionOperand operand) {
        MessageSet messages = new MessageSetImpl();
        messages.addErrorMessage(i18n.getText("async.jql.error.one.user", operand.getName(),
                operand.getArgs().size()));
        return messages;
    }

    MessageSet unknownUser(FunctionOperand operand, String userName) {
        MessageSet messages = new MessageSetImpl();
        messages.addErrorMessage(i18n.getText("async.jql.error.unknown.user", operand.getName(), userName));
        return messages;
    }
}

package works.async.confluence.spi;

import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;

/** For tests outside this package: the e-mail a task on Confluence's mail queue sends. */
public final class MailTasks {

    private MailTasks() {
    }

    /** The e-mail of a {@link MailTask}; fails for any other task (nothing else may go on the mail queue). */
    public static Email emailOf(Task task) {
        if (!(task instanceof MailTask mail)) {
            throw new AssertionError("not a mail task: " + task);
        }
        return mail.email();
    }
}

package works.async.confluence.spi;

import java.util.Objects;

import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.SingleMailQueueItem;

/**
 * One e-mail as a task of Confluence's {@code "mail"} task queue, which runs it when the queue is flushed (by
 * Confluence's scheduled {@code TaskQueueFlushJob} in 8.7.2; its period not read) and, in 8.7.2, keeps it in its error
 * queue if sending fails, where administrators can resend it. The task keeps the {@link Email} (serializable, as
 * queued tasks must be) and sends it as a {@link SingleMailQueueItem}, through Confluence's default SMTP server, as
 * Confluence's own mail tasks do.
 */
final class MailTask implements Task {

    private static final long serialVersionUID = 1L;

    private final Email email;

    MailTask(Email email) {
        this.email = Objects.requireNonNull(email, "email");
    }

    Email email() {
        return email;
    }

    @Override
    public void execute() throws Exception {
        new SingleMailQueueItem(email).send();
    }
}

package works.async.core.reply;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** Checks what a person typed when asking or withdrawing, naming the offending field. */
final class ReplyInput {

    static final int MAX_QUESTION_LENGTH = 10_000;
    static final int MAX_REASON_LENGTH = 2_000;

    private ReplyInput() {
    }

    static void checkQuestion(String asker, String question) {
        if (asker == null || asker.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, "asker", "A reply request needs an asker.");
        }
        if (Bounds.isBlank(question)) {
            throw new DomainException(ErrorCode.REQUIRED, "question", "Write the question.");
        }
        if (question.length() > MAX_QUESTION_LENGTH) {
            throw new DomainException(ErrorCode.TOO_LONG, "question",
                    "The question is longer than " + MAX_QUESTION_LENGTH + " characters.");
        }
        Bounds.requireProse(question, MAX_QUESTION_LENGTH, "question");
    }

    static void checkReason(String reason) {
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            throw new DomainException(ErrorCode.TOO_LONG, "reason", "The reason is longer than " + MAX_REASON_LENGTH + " characters.");
        }
        Bounds.requireProse(reason, MAX_REASON_LENGTH, "reason");
    }

    /** Recipients in the order given, duplicates dropped; blank entries and the asker are refused. */
    static Set<String> distinctRecipients(String asker, List<String> recipients) {
        if (recipients == null || recipients.isEmpty()) {
            throw new DomainException(ErrorCode.REQUIRED, "recipients", "Choose who should reply.");
        }
        Set<String> distinct = new LinkedHashSet<>();
        for (int i = 0; i < recipients.size(); i++) {
            String recipient = recipients.get(i);
            if (Bounds.isBlank(recipient)) {
                throw new DomainException(ErrorCode.REQUIRED, "recipients[" + i + "]", "A recipient is missing.");
            }
            if (recipient.equals(asker)) {
                throw new DomainException(ErrorCode.INVALID_RECIPIENT, "recipients[" + i + "]", "You cannot ask yourself for a reply.");
            }
            distinct.add(recipient);
        }
        return distinct;
    }
}

package works.async.plugin.projectpage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A new report's text, generated from the project's recent work, for its author to edit before publishing.
 *
 * @param projectKey      the project whose page the report goes on
 * @param title           a suggested title
 * @param body            the suggested body, plain text with "- " list lines, as report bodies are stored
 * @param since           the start of the period the draft covers
 * @param sinceLastReport whether {@code since} is the last report's publication (else the default look-back)
 * @param reviewers       user names proposed as required reviewers: the project policy's default reviewers who
 *                        still exist, without the author
 */
public record ReportDraft(String projectKey, String title, String body, Instant since, boolean sinceLastReport,
                          List<String> reviewers) {

    public ReportDraft {
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(since, "since");
        reviewers = List.copyOf(reviewers);
    }
}

package works.async.core.policy;

import java.time.Duration;
import java.util.Set;

/**
 * Defaults for meeting-replacement reports; a null field inherits from the less specific scope.
 *
 * @param feedbackWindow  working time reviewers have to respond, in each reviewer's calendar
 * @param defaultReviewers user names (or keys) proposed as required reviewers of a project's new report (empty = none)
 */
public record ReportPolicy(Duration feedbackWindow, Set<String> defaultReviewers) {

    private static final ReportPolicy INHERIT = new ReportPolicy(null, null);

    public ReportPolicy {
        defaultReviewers = Copies.set(defaultReviewers, "reports.defaultReviewers");
    }

    public static ReportPolicy inherit() {
        return INHERIT;
    }
}

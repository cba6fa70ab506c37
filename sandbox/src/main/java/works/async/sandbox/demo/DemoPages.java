package works.async.sandbox.demo;

/**
 * The TEAM space's demo pages in Confluence storage format, one macro of each kind at least. Macro names and
 * parameters are those of confluence-plugin's xhtml-macro modules: async-report (reviewers and the rest, keyed by its ac:macro-id), async-action-item (owner, keyed by its ac:macro-id),
 * async-working-agreement (none: the space it is in), async-open-questions (none: the page it is on); PAGE_ID stands for the page's own id.
 */
final class DemoPages {

    static final String REPORT = "async-report";
    static final String ACTION_ITEM = "async-action-item";
    static final String WORKING_AGREEMENT = "async-working-agreement";
    static final String OPEN_QUESTIONS = "async-open-questions";
    static final String PAGE_ID = "{pageId}";

    private DemoPages() {
    }

    static String weeklyUpdate() {
        return "<p>This written update replaces our Monday status meeting (6 people, 30 minutes).</p>"
                + "<h2>What happened</h2><ul><li>Checkout retry shipped to 10% of traffic.</li>"
                + "<li>Search latency is back under 200 ms.</li></ul>"
                + macro(REPORT, "weekly-report", param("reviewers", "alice, carol, dinesh") + param("optional-reviewers", "emma")
                        + param("replaces-meeting", "Monday status meeting") + param("meeting-minutes", "30")
                        + param("attendees", "6"),
                "<p>Checkout retry shipped to 10% of traffic; search latency is back under 200 ms.</p>"
                        + "<p>Please acknowledge, comment, ask or object before your local deadline (Thursday).</p>")
                + "<h2>Questions for the team</h2>"
                + macro(OPEN_QUESTIONS, "", "");
    }

    static String workingAgreement() {
        return "<p>How the team works across six time zones: we write things down, we answer within our windows,"
                + " and nobody is expected to reply outside their working hours.</p>"
                + macro(WORKING_AGREEMENT, "", "")
                + "<p>Urgent production issues still go to the on-call phone.</p>";
    }

    static String launchPlan() {
        return "<p>Launch of the new onboarding flow, planned for the end of the month.</p>"
                + "<h2>Action items</h2>"
                + macro(ACTION_ITEM, "a-release-notes", param("owner", "carol"), "<p>Write the release notes</p>")
                + macro(ACTION_ITEM, "a-load-test", param("owner", "dinesh") + param("confirm-hours", "16"),
                "<p>Load-test the sign-up service</p>")
                + "<h2>Open questions</h2>"
                + macro(OPEN_QUESTIONS, "", "");
    }

    private static String macro(String name, String params, String body) {
        return macro(name, null, params, body);
    }

    /** A macro as Confluence stores it: with the {@code ac:macro-id} it writes on every save (when given). */
    private static String macro(String name, String macroId, String params, String body) {
        return "<ac:structured-macro ac:name=\"" + name + "\""
                + (macroId == null ? "" : " ac:macro-id=\"" + macroId + "\"") + ">" + params
                + (body.isEmpty() ? "" : "<ac:rich-text-body>" + body + "</ac:rich-text-body>")
                + "</ac:structured-macro>";
    }

    private static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }
}

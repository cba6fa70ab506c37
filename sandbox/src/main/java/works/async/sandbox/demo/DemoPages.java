package works.async.sandbox.demo;

/**
 * The TEAM space's demo pages in Confluence storage format, one macro of each kind at least. Macro names and
 * parameters are those of confluence-plugin's xhtml-macro modules: async-report (report), async-action-item (item),
 * async-working-agreement (space), async-open-questions (page); PAGE_ID stands for the page's own id.
 */
final class DemoPages {

    static final String REPORT = "async-report";
    /** Replaced by the id of the report the demo publishes for the weekly update. */
    static final String DEMO_REPORT_ID = "DEMO_REPORT_ID";
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
                + macro(REPORT, param("report", DEMO_REPORT_ID),
                "<p>Please acknowledge, comment, ask or object before your local deadline.</p>")
                + "<h2>Questions for the team</h2>"
                + macro(OPEN_QUESTIONS, param("page", PAGE_ID), "");
    }

    static String workingAgreement() {
        return "<p>How the team works across six time zones: we write things down, we answer within our windows,"
                + " and nobody is expected to reply outside their working hours.</p>"
                + macro(WORKING_AGREEMENT, param("space", "TEAM"), "")
                + "<p>Urgent production issues still go to the on-call phone.</p>";
    }

    static String launchPlan() {
        return "<p>Launch of the new onboarding flow, planned for the end of the month.</p>"
                + "<h2>Action items</h2>"
                + macro(ACTION_ITEM, param("item", PAGE_ID + "-release-notes") + param("owner", "carol"),
                "<p>Write the release notes</p>")
                + macro(ACTION_ITEM, param("item", PAGE_ID + "-load-test") + param("owner", "dinesh"),
                "<p>Load-test the sign-up service</p>")
                + "<h2>Open questions</h2>"
                + macro(OPEN_QUESTIONS, param("page", PAGE_ID), "");
    }

    private static String macro(String name, String params, String body) {
        return "<ac:structured-macro ac:name=\"" + name + "\">" + params
                + (body.isEmpty() ? "" : "<ac:rich-text-body>" + body + "</ac:rich-text-body>")
                + "</ac:structured-macro>";
    }

    private static String param(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }
}

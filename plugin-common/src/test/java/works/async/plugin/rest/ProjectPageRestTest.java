package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** The project page over REST: the draft, the page's reports, and publishing on the page through the reports API. */
class ProjectPageRestTest {

    private final RestHarness rest = new RestHarness();

    ProjectPageRestTest() {
        rest.f.host.project("DEMO", "Demo project");
    }

    private static String report(String title, String reviewer) {
        return json("{'issue':'DEMO','title':" + (title == null ? "null" : "'" + title + "'")
                + ",'body':'Resolved: DEMO-1','meeting':{'name':'Weekly status','usualMinutes':30,'attendees':6},"
                + "'requiredReviewers':['" + reviewer + "']}");
    }

    @Test
    void theDraftIsTheProjectsAndCoversTheLastSevenDaysBeforeAnyReport() {
        RestHarness.Reply draft = rest.get("alice", "projects/DEMO/report-draft");

        assertThat(draft.status()).isEqualTo(200);
        assertThat(draft.body().get("project").asText()).isEqualTo("DEMO");
        assertThat(draft.body().get("title").asText()).isEqualTo("Demo project: update of 2026-03-02");
        assertThat(draft.body().get("since").asText()).isEqualTo("2026-02-23T10:00:00Z");
        assertThat(draft.body().get("sinceLastReport").asBoolean()).isFalse();
        assertThat(draft.body().get("body").asText()).contains("Resolved (0)", "Blocked (0)", "Overdue replies (0)");
    }

    @Test
    void aReportPublishedOnTheProjectIsListedOnItsPageAndStartsTheNextDraft() {
        RestHarness.Reply published = rest.post("alice", "reports", report("Week 10", "bob"));
        assertThat(published.status()).isEqualTo(201);
        rest.f.clock.advance(java.time.Duration.ofHours(2));

        RestHarness.Reply reports = rest.get("bob", "projects/DEMO/reports");
        RestHarness.Reply draft = rest.get("bob", "projects/DEMO/report-draft");

        assertThat(reports.status()).isEqualTo(200);
        assertThat(reports.body()).hasSize(1);
        assertThat(reports.body().get(0).get("title").asText()).isEqualTo("Week 10");
        assertThat(reports.body().get(0).get("state").asText()).isEqualTo("OPEN");
        assertThat(draft.body().get("since").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(draft.body().get("sinceLastReport").asBoolean()).isTrue();
    }

    @Test
    void publishingOnThePageNamesTheFieldThatIsWrong() {
        RestHarness.Reply noTitle = rest.post("alice", "reports", report(null, "bob"));
        rest.f.host.restricted.put("DEMO", Set.of("alice"));
        RestHarness.Reply blindReviewer = rest.post("alice", "reports", report("Week 10", "bob"));

        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body().get("field").asText()).isEqualTo("title");
        assertThat(blindReviewer.status()).isEqualTo(400);
        assertThat(blindReviewer.body().get("field").asText()).isEqualTo("requiredReviewers[0]");
        assertThat(rest.get("alice", "projects/DEMO/reports").body()).isEmpty();
    }

    @Test
    void whoMayNotSeeTheProjectGetsTheSame404AsForAnUnknownOneAndAViewerWhoMayNotEditA403() {
        rest.f.host.restricted.put("DEMO", Set.of("alice"));
        rest.f.host.viewOnly.add("alice");

        RestHarness.Reply hidden = rest.get("bob", "projects/DEMO/report-draft");
        RestHarness.Reply hiddenList = rest.get("bob", "projects/DEMO/reports");
        RestHarness.Reply unknown = rest.get("bob", "projects/NOPE/report-draft");
        RestHarness.Reply issue = rest.get("bob", "projects/DEMO-1/report-draft");
        RestHarness.Reply viewOnly = rest.get("alice", "projects/DEMO/report-draft");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hiddenList.status()).isEqualTo(404);
        assertThat(hidden.raw()).isEqualTo(unknown.raw());
        assertThat(issue.status()).isEqualTo(404);
        assertThat(viewOnly.status()).isEqualTo(403);
        assertThat(viewOnly.body().get("error").asText()).isEqualTo("forbidden");
        assertThat(viewOnly.raw()).doesNotContain("Exception", "works.async");
        assertThat(rest.get("alice", "projects/DEMO/reports").status()).isEqualTo(200);
    }

    @Test
    void aMemberAcknowledgesTheAgreementOnceAndOthersSeeOnlyTheCount() {
        RestHarness.Reply acked = rest.post("bob", "projects/DEMO/agreement/acknowledge", "{}");
        rest.f.clock.advance(java.time.Duration.ofHours(5));
        RestHarness.Reply again = rest.post("bob", "projects/DEMO/agreement/acknowledge", "{}");
        RestHarness.Reply alices = rest.get("alice", "projects/DEMO/agreement");
        rest.f.host.restricted.put("DEMO", Set.of("alice"));
        RestHarness.Reply hidden = rest.post("bob", "projects/DEMO/agreement/acknowledge", "{}");

        assertThat(acked.status()).isEqualTo(200);
        assertThat(acked.body().get("acknowledgedAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(again.body().get("acknowledgedAt").asText()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(again.body().get("acknowledgements").asLong()).isEqualTo(1);
        assertThat(alices.body().get("acknowledgedAt").isNull()).isTrue();
        assertThat(alices.body().get("acknowledgements").asLong()).isEqualTo(1);
        assertThat(alices.raw()).doesNotContain("bob");
        assertThat(hidden.status()).isEqualTo(404);
    }
}

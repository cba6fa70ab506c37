package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import works.async.core.testing.MutableClock;
import works.async.sandbox.demo.DemoUsers;

@DisplayName("A fresh demo's insights show past weeks of history, seeded once, without mail for old events")
class DemoInsightsTest {

    static final String DEMO = SandboxClient.REST + "/insights/projects/DEMO";
    static final String TEAM = SandboxClient.REST + "/insights/spaces/TEAM";

    @TempDir
    Path data;

    final MutableClock clock = new MutableClock(SandboxInstants.EUROPE_MORNING);

    @Test
    void weeklyChartShowsPastWeeksAndNoFiguresAreWithheld() {
        try (RunningSandbox sandbox = SandboxMain.start(clock, "--port", "0", "--data", data.toString())) {
            SandboxClient client = new SandboxClient(sandbox);
            for (String path : List.of(DEMO, TEAM)) {
                JsonNode body = client.get("alice", path).json();
                assertThat(pastWeeksWithFigures(body)).as(path + " past weeks with agreements due").hasSizeGreaterThanOrEqualTo(3);
                assertThat(body.get("withheld")).as(path + " withheld").isEmpty();
                JsonNode replies = body.get("replies");
                assertThat(replies.get("answered").asInt()).as(path + " replies answered").isGreaterThanOrEqualTo(10);
                // Some were answered late, so the share kept is a real figure below 100%.
                assertThat(replies.get("withinWindow").asInt()).isBetween(1, replies.get("answered").asInt() - 1);
                assertThat(body.get("medianMinutesToReply").isNumber()).as(path + " median shown").isTrue();
                assertThat(body.get("trend").findValues("overdue").stream().mapToInt(JsonNode::asInt).sum())
                        .as(path + " late ones in the chart").isPositive();
            }
        }
    }

    @Test
    void pastQuestionsAreAllAnsweredSoTheEscalationPassMailsNothingAboutThem() {
        try (RunningSandbox sandbox = SandboxMain.start(clock, "--port", "0", "--data", data.toString())) {
            SandboxClient client = new SandboxClient(sandbox);
            int before = mails(sandbox);
            int historyAsked = 0;
            for (String issue : List.of("DEMO-4", "DEMO-6", "DEMO-7", "DEMO-8")) {
                for (JsonNode r : client.get("alice", SandboxClient.REST + "/issues/" + issue + "/async").json()
                        .get("replyRequests")) {
                    historyAsked++;
                    assertThat(r.get("state").asText()).as(issue + " " + r.get("question").asText()).isEqualTo("ANSWERED");
                }
            }
            assertThat(historyAsked).isGreaterThanOrEqualTo(8);
            sandbox.services().escalation.runOnce();
            // The present-day demo requests are not yet due at the demo's start; the past ones are closed.
            assertThat(mails(sandbox)).isEqualTo(before);
        }
    }

    @Test
    void aSecondStartOnTheSameDataSeedsNoSecondHistory() {
        JsonNode first;
        try (RunningSandbox sandbox = SandboxMain.start(clock, "--port", "0", "--data", data.toString())) {
            first = new SandboxClient(sandbox).get("bob", DEMO).json();
        }
        try (RunningSandbox sandbox = SandboxMain.start(clock, "--port", "0", "--data", data.toString())) {
            JsonNode second = new SandboxClient(sandbox).get("bob", DEMO).json();
            assertThat(second.get("replies")).isEqualTo(first.get("replies"));
            assertThat(second.get("trend")).isEqualTo(first.get("trend"));
        }
    }

    private static List<String> pastWeeksWithFigures(JsonNode body) {
        LocalDate thisMonday = LocalDate.ofInstant(SandboxInstants.EUROPE_MORNING, ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<String> weeks = new ArrayList<>();
        for (JsonNode w : body.get("trend")) {
            if (LocalDate.parse(w.get("weekStart").asText()).isBefore(thisMonday) && w.get("dueInWeek").asInt() > 0) {
                weeks.add(w.get("weekStart").asText());
            }
        }
        return weeks;
    }

    private static int mails(RunningSandbox sandbox) {
        return DemoUsers.ALL.stream().mapToInt(u -> sandbox.services().mailer.countFor(u.username())).sum();
    }
}

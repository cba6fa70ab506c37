package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.util.Set;

import org.junit.jupiter.api.Test;

class RestSettingsTest {

    private final RestHarness rest = new RestHarness();

    @Test
    void aScheduleRoundTripsWithMidnightAs2400AndAbsentDaysHaveNoWork() {
        String body = json("{'week':{'MONDAY':[['09:00','12:00'],['13:00','24:00']],'TUESDAY':[['22:00','06:00']]},"
                + "'holidays':['2026-12-25'],'timeOff':[{'from':'2026-03-10T00:00:00Z','to':'2026-03-12T00:00:00Z'}]}");

        RestHarness.Reply saved = rest.put("bob", "schedules/me", body);
        RestHarness.Reply read = rest.get("bob", "schedules/me");

        assertThat(saved.status()).isEqualTo(200);
        assertThat(read.body().get("zone").asText()).isEqualTo("UTC");
        assertThat(read.body().get("week").toString())
                .isEqualTo(json("{'MONDAY':[['09:00','12:00'],['13:00','24:00']],'TUESDAY':[['22:00','06:00']]}"));
        assertThat(read.body().get("holidays").get(0).asText()).isEqualTo("2026-12-25");
        assertThat(read.body().get("timeOff").get(0).get("to").asText()).isEqualTo("2026-03-12T00:00:00Z");
    }

    @Test
    void aBadScheduleNamesEveryFieldAndStoresNothing() {
        RestHarness.Reply refused = rest.put("bob", "schedules/me",
                json("{'week':{'MONDAY':[['09:00','25:00']],'FUNDAY':[['09:00','10:00']]},'holidays':['soon']}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems")).extracting(p -> p.get("field").asText())
                .contains("week.FUNDAY", "holidays[0]");
        assertThat(rest.get("bob", "schedules/me").body().get("version").asLong()).isZero();
    }

    @Test
    void aZoneOtherThanTheProfilesIs400NamingTheZoneAndNothingIsSaved() {
        rest.f.host.user("bob", "America/New_York");

        RestHarness.Reply refused = rest.put("bob", "schedules/me",
                json("{'zone':'Europe/Berlin','week':{'MONDAY':[['07:00','15:00']]},'holidays':['2026-12-24']}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("zone");
        assertThat(refused.body().get("error").asText()).isEqualTo("zone_from_profile");
        assertThat(refused.body().get("message").asText()).contains("profile");
        RestHarness.Reply read = rest.get("bob", "schedules/me");
        assertThat(read.body().get("zone").asText()).isEqualTo("America/New_York");
        assertThat(read.body().get("version").asLong()).isZero();
        assertThat(read.body().get("holidays")).isEmpty();
    }

    @Test
    void theProfilesOwnZoneOrNoZoneIsAccepted() {
        rest.f.host.user("bob", "America/New_York");

        RestHarness.Reply same = rest.put("bob", "schedules/me",
                json("{'zone':'America/New_York','week':{'MONDAY':[['07:00','15:00']]}}"));
        RestHarness.Reply absent = rest.put("bob", "schedules/me", json("{'week':{'MONDAY':[['08:00','16:00']]}}"));

        assertThat(same.status()).isEqualTo(200);
        assertThat(absent.status()).isEqualTo(200);
        assertThat(rest.get("bob", "schedules/me").body().get("week").toString())
                .isEqualTo(json("{'MONDAY':[['08:00','16:00']]}"));
    }

    @Test
    void theCalendarPreviewCountsWorkingMinutesInThatPersonsCalendar() {
        RestHarness.Reply preview = rest.get("carol",
                "calendar/preview?user=bob&from=2026-03-06T16:00:00Z&workingMinutes=120");

        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body().toString()).isEqualTo(json(
                "{'user':'bob','zone':'UTC','from':'2026-03-06T16:00:00Z','dueAt':'2026-03-09T10:00:00Z'}"));
    }

    @Test
    void policyReadsShowEffectiveValuesWithTheirSourceAndOnlyAdminsWrite() {
        RestHarness.Reply project = rest.get("alice", "policies/projects/DEMO");
        assertThat(project.status()).isEqualTo(200);
        assertThat(project.body().get("effective").get("reply.defaultWindow").get("value").asLong()).isEqualTo(960);
        assertThat(project.body().get("effective").get("reply.defaultWindow").get("source").get("level").asText())
                .isEqualTo("GLOBAL");

        String draft = json("{'version':0,'ownership':{'confirmationWindow':240},'agreement':{'channels':'<b>Slack</b>'}}");
        assertThat(rest.put("alice", "policies/projects/DEMO", draft).status()).isEqualTo(403);
        rest.f.host.containerAdmins.put("DEMO", Set.of("alice"));
        RestHarness.Reply saved = rest.put("alice", "policies/projects/DEMO", draft);
        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.body().get("own").get("agreement").get("channels").asText()).isEqualTo("<b>Slack</b>");
        assertThat(saved.body().get("effective").get("ownership.confirmationWindow").get("inherited").asBoolean()).isFalse();
        assertThat(rest.put("alice", "policies/global", "{}").status()).isEqualTo(403);
    }

    @Test
    void anInvalidPolicyIs400WithEveryProblem() {
        RestHarness.Reply refused = rest.put("admin", "policies/projects/DEMO", json(
                "{'ownership':{'confirmationWindow':0},'reply':{'reminderFraction':2},'notifications':{'digestAt':'25:99'}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("error").asText()).isIn("invalid_policy");
        assertThat(refused.body().get("problems")).extracting(p -> p.get("field").asText())
                .contains("notifications.digestAt");
        RestHarness.Reply semantic = rest.put("admin", "policies/projects/DEMO", json(
                "{'ownership':{'confirmationWindow':0},'reply':{'reminderFraction':2}}"));
        assertThat(semantic.body().get("problems")).extracting(p -> p.get("field").asText())
                .containsExactly("ownership.confirmationWindow", "reply.reminderFraction");
        assertThat(semantic.body().get("problems").get(0).get("message").asText()).isNotBlank();
    }

    @Test
    void reportsArePublishedReadAndOnlyReviewersGiveFeedback() {
        RestHarness.Reply created = rest.post("carol", "reports", json("{'issue':'DEMO-1','title':'Week 10',"
                + "'body':'<script>x</script>','meeting':{'name':'Weekly status','usualMinutes':60,'attendees':6},"
                + "'requiredReviewers':['alice'],'optionalReviewers':['bob']}"));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asText();
        assertThat(created.body().get("body").asText()).isEqualTo("<script>x</script>");
        assertThat(created.body().get("meeting").get("personHours").asText()).isEqualTo("6.00");

        assertThat(rest.post("dave", "reports/" + id + "/feedback", json("{'kind':'COMMENT','text':'hi'}")).status())
                .isEqualTo(403);
        assertThat(rest.post("bob", "reports/" + id + "/feedback", json("{'kind':'SHRUG'}")).status()).isEqualTo(400);
        RestHarness.Reply asked = rest.post("alice", "reports/" + id + "/feedback",
                json("{'kind':'QUESTION','text':'Why late?'}"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body().get("state").asText()).isEqualTo("CLOSED"); // the only required reviewer responded
        assertThat(rest.get("carol", "reply-requests?recipient=me&state=open").body().get(0).get("question").asText())
                .isEqualTo("Why late?");
        assertThat(rest.get("bob", "reports/" + id).body().get("feedback")).hasSize(1);
    }

    @Test
    void theOutboxIsForAdministrators() {
        assertThat(rest.get("alice", "outbox").status()).isEqualTo(403);
        assertThat(rest.get("admin", "outbox").status()).isEqualTo(200);
    }

    @Test
    void insightsOfAProjectWherePeopleWorkedCountTheirWorkAndNameNobody() {
        // carol asks bob (who answers) and alice (who does not), and publishes a report for both to review.
        String asked = rest.post("carol", "issues/DEMO-1/reply-requests", json("{'recipient':'bob','question':'When?'}"))
                .body().get("id").asText();
        rest.post("carol", "issues/DEMO-1/reply-requests", json("{'recipient':'alice','question':'Who?'}"));
        rest.f.clock.advance(java.time.Duration.ofMinutes(30));
        assertThat(rest.post("bob", "reply-requests/" + asked + "/answer", null).status()).isEqualTo(200);
        assertThat(rest.post("carol", "reports", json("{'issue':'DEMO-1','title':'Week 10','body':'Notes',"
                + "'meeting':{'name':'Weekly status','usualMinutes':60,'attendees':6},"
                + "'requiredReviewers':['alice'],'optionalReviewers':['bob']}")).status()).isEqualTo(201);

        RestHarness.Reply insights = rest.get("alice", "insights/projects/DEMO?weeks=4");

        assertThat(insights.status()).isEqualTo(200);
        assertThat(insights.body().get("trend")).hasSize(4);
        // One person answered: the reply figures would be bob's own, so they are withheld, saying why ...
        assertThat(insights.body().get("replies").isNull()).isTrue();
        assertThat(insights.body().get("minimumPeople").asInt()).isEqualTo(5);
        assertThat(insights.body().get("withheld").findValuesAsText("figures")).contains("replies", "deadlines");
        assertThat(insights.body().get("withheld").get(0).get("message").asText()).startsWith("Fewer than 5 people");
        // ... the figures that are shown come from what these people did, so a name could leak into them ...
        assertThat(insights.body().get("personHoursReplaced").asText()).isEqualTo("6.00");
        // ... and none does: no user key, user name or display name of anyone on the host.
        String text = insights.raw().toLowerCase(java.util.Locale.ROOT);
        assertThat(rest.f.host.users.values()).isNotEmpty().allSatisfy(person -> assertThat(text)
                .doesNotContain(person.key().toLowerCase(java.util.Locale.ROOT),
                        person.username().toLowerCase(java.util.Locale.ROOT),
                        person.displayName().toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    void peopleCanBeFoundByName() {
        RestHarness.Reply found = rest.get("carol", "users?query=bo");

        assertThat(found.body()).hasSize(1);
        assertThat(found.body().get(0).get("key").asText()).isEqualTo("bob");
    }
}

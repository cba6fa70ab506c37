package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class RestApiTest {

    private static final String HOSTILE = "<script>alert(1)</script> \"quoted\" <a href='javascript:x'>y</a>  ";

    private final RestHarness rest = new RestHarness();

    private void assignAliceToDemo1() {
        rest.f.app.events().itemAssigned(rest.f.host.items.get("DEMO-1"), "alice", "carol");
    }

    @Test
    void askingForAReplyAnswers201WithTheQuestionExactlyAsStored() throws Exception {
        String body = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
                java.util.Map.of("recipient", "bob", "question", HOSTILE));

        RestHarness.Reply created = rest.post("carol", "issues/DEMO-1/reply-requests", body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("question").asText()).isEqualTo(HOSTILE);
        assertThat(created.body().get("dueAt").asText()).isEqualTo("2026-03-04T10:00:00Z");
        RestHarness.Reply mine = rest.get("bob", "reply-requests?recipient=me&state=open");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).hasSize(1);
        assertThat(mine.body().get(0).get("question").asText()).isEqualTo(HOSTILE);
    }

    @Test
    void theIssueEndpointShowsOwnershipRequestsAndWhatTheViewerMayDo() {
        assignAliceToDemo1();
        rest.post("carol", "issues/DEMO-1/reply-requests", json("{'recipient':'alice','question':'When?'}"));

        RestHarness.Reply view = rest.get("alice", "issues/DEMO-1/async");

        assertThat(view.status()).isEqualTo(200);
        JsonNode body = view.body();
        assertThat(body.get("issue").asText()).isEqualTo("DEMO-1");
        assertThat(body.get("ownership").get("owner").asText()).isEqualTo("alice");
        assertThat(body.get("ownership").get("state").asText()).isEqualTo("REQUESTED");
        assertThat(body.get("ownership").get("dueAt").asText()).isEqualTo("2026-03-03T10:00:00Z");
        assertThat(body.get("replyRequests")).hasSize(1);
        assertThat(body.get("viewer").get("mayAnswerOwnership").asBoolean()).isTrue();
        assertThat(body.get("reports")).isEmpty();
    }

    @Test
    void confirmingAsSomeoneElseIs403AndTheErrorBodyHasCodeMessageAndField() {
        assignAliceToDemo1();

        RestHarness.Reply refused = rest.post("bob", "issues/DEMO-1/ownership/confirm", "{}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("error").asText()).isEqualTo("forbidden");
        assertThat(refused.body().get("message").asText()).isEqualTo("You are not allowed to do this.");
        assertThat(refused.body().has("field")).isTrue();
        assertThat(rest.post("alice", "issues/DEMO-1/ownership/confirm", json("{'committedDate':'2026-03-06'}"))
                .body().get("committedDate").asText()).isEqualTo("2026-03-06");
    }

    @Test
    void anUnknownIssueAndAnInvisibleOneAnswerTheSame404() {
        rest.f.host.restricted.put("DEMO-1", Set.of("carol"));

        RestHarness.Reply hidden = rest.get("bob", "issues/DEMO-1/async");
        RestHarness.Reply unknown = rest.get("bob", "issues/NOPE-9/async");

        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.raw()).isEqualTo(unknown.raw());
        assertThat(hidden.body().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void declineNeedsAReasonAndAfterConfirmingItIsAConflict() {
        assignAliceToDemo1();

        RestHarness.Reply noReason = rest.post("alice", "issues/DEMO-1/ownership/decline", "{}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().get("field").asText()).isEqualTo("reason");

        rest.post("alice", "issues/DEMO-1/ownership/confirm", "{}");
        RestHarness.Reply late = rest.post("alice", "issues/DEMO-1/ownership/decline", json("{'reason':'no'}"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.body().get("error").asText()).isEqualTo("illegal_transition");
    }

    @Test
    void malformedJsonIs400AndNeverAStackTrace() {
        RestHarness.Reply broken = rest.post("carol", "issues/DEMO-1/reply-requests", "{\"recipient\": ");
        RestHarness.Reply wrongType = rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Q?','workingMinutes':'soon'}"));

        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.body().get("error").asText()).isEqualTo("malformed_json");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().get("field").asText()).isEqualTo("workingMinutes");
        assertThat(broken.raw() + wrongType.raw()).doesNotContain("Exception", "at works.");
    }

    @Test
    void replyRequestActionsFollowWhoMayDoWhat() {
        String id = rest.post("carol", "issues/DEMO-1/reply-requests", json("{'recipient':'bob','question':'Q?'}"))
                .body().get("id").asText();

        assertThat(rest.post("carol", "reply-requests/" + id + "/answer", null).status()).isEqualTo(403);
        assertThat(rest.post("bob", "reply-requests/" + id + "/withdraw", "{}").status()).isEqualTo(403);
        RestHarness.Reply badTime = rest.post("bob", "reply-requests/" + id + "/renegotiate", json("{'until':'friday'}"));
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.body().get("field").asText()).isEqualTo("until");
        RestHarness.Reply moved = rest.post("bob", "reply-requests/" + id + "/renegotiate",
                json("{'until':'2026-03-06T12:00:00Z'}"));
        assertThat(moved.body().get("dueAt").asText()).isEqualTo("2026-03-06T12:00:00Z");
        assertThat(moved.body().get("originalDueAt").asText()).isEqualTo("2026-03-04T10:00:00Z");
        assertThat(rest.post("bob", "reply-requests/" + id + "/answer", null).body().get("state").asText())
                .isEqualTo("ANSWERED");
        assertThat(rest.get("bob", "reply-requests?recipient=alice").status()).isEqualTo(400);
    }

    @Test
    void theNeedsAttentionListShowsAdministratorsWhatThePassCouldNotPlanAndNobodyElse() {
        RestHarness.Reply asked = rest.post("carol", "issues/DEMO-1/reply-requests", json("{'recipient':'bob','question':'When?'}"));
        // Bob's stored calendar has no working time for 26 years (beyond the engine's 25-year search; an older version
        // stored it, today's validation refuses it): his request cannot be planned.
        java.util.List<works.async.core.time.TimeOff> away = new java.util.ArrayList<>();
        java.time.Instant from = java.time.Instant.parse("2026-03-02T00:00:00Z");
        for (int i = 0; i < 26; i++) {
            away.add(new works.async.core.time.TimeOff(from.plus(java.time.Duration.ofDays(366L * i)),
                    from.plus(java.time.Duration.ofDays(366L * (i + 1)))));
        }
        new works.async.plugin.ao.AoScheduleStore(rest.f.ao).save(
                new works.async.core.schedule.PersonalSchedule("bob", null, Set.of(), away, 0), 0);
        rest.f.clock.set(java.time.Instant.parse("2026-03-04T10:30:00Z"));
        rest.f.app.escalation().runOnce();

        RestHarness.Reply list = rest.get("admin", "attention");

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).hasSize(1);
        JsonNode row = list.body().get(0);
        assertThat(row.get("kind").asText()).isEqualTo("REPLY");
        assertThat(row.get("requestId").asText()).isEqualTo(asked.body().get("id").asText());
        assertThat(row.get("item").asText()).isEqualTo("DEMO-1");
        assertThat(row.get("problem").asText()).startsWith("The calendar has no working time")
                .doesNotContain("Exception");
        assertThat(row.get("nextRetry").asText()).isEqualTo("2026-03-04T10:35:00Z");
        assertThat(rest.get("carol", "attention").status()).isEqualTo(403);
    }

    @Test
    void anUnknownPathIsA404InTheSameErrorShape() {
        RestHarness.Reply missing = rest.get("bob", "nothing-here");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("error").asText()).isEqualTo("not_found");
    }
}

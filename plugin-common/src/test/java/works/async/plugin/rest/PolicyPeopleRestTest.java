package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import works.async.plugin.spi.HostUser;

/**
 * A policy names only people and groups the host knows (refused naming the entry, in the bundle's words), and the
 * group picker's {@code GET /groups}.
 */
class PolicyPeopleRestTest {

    private final RestHarness rest = new RestHarness();

    @BeforeEach
    void hostWithGroupsAndAUserWhoseKeyIsNotTheirName() {
        rest.f.host.groups.put("developers", Set.of("alice", "bob"));
        rest.f.host.groups.put("release-managers", Set.of("carol"));
        rest.f.host.groups.put("designers", Set.of("dave"));
        // As in Jira since 8: a user created later has a generated key, and people type the user name.
        rest.f.host.users.put("JIRAUSER10100", new HostUser("JIRAUSER10100", "dana", "Dana Dev", ZoneOffset.UTC));
    }

    @Test
    void anUnknownCoordinatorIs400NamingTheEntryAndNothingIsSaved() {
        JsonNode before = rest.get("admin", "policies/projects/DEMO").body().get("own");

        RestHarness.Reply refused = rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'USER','name':'alice'},{'kind':'USER','name':'zoe'}]}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("error").asText()).isEqualTo("invalid_policy");
        assertThat(refused.body().get("field").asText()).isEqualTo("ownership.coordinators[1].name");
        JsonNode problem = refused.body().get("problems").get(0);
        assertThat(problem.get("field").asText()).isEqualTo("ownership.coordinators[1].name");
        assertThat(problem.get("code").asText()).isEqualTo("unknown_user");
        assertThat(problem.get("message").asText()).isEqualTo("There is no user with this user name.");
        assertThat(refused.body().get("problems")).hasSize(1);
        assertThat(rest.get("admin", "policies/projects/DEMO").body().get("own")).isEqualTo(before);
    }

    @Test
    void anUnknownDefaultReviewerIs400NamingTheEntryAndAUserNameWhoseKeyDiffersIsSaved() {
        rest.f.host.project("DEMO", "Demo project");
        RestHarness.Reply refused = rest.put("admin", "policies/projects/DEMO",
                json("{'reports':{'defaultReviewers':['dana','zoe']}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems")).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                .containsExactly("reports.defaultReviewers[1] unknown_user");
        assertThat(rest.put("admin", "policies/projects/DEMO", json("{'reports':{'defaultReviewers':['dana']}}"))
                .status()).isEqualTo(200);
        assertThat(rest.get("alice", "projects/DEMO/report-draft").body().get("requiredReviewers").get(0).asText())
                .isEqualTo("dana");
    }

    @Test
    void unknownGroupsAre400NamingTheCoordinatorEntryAndTheEscalationGroup() {
        RestHarness.Reply refused = rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'GROUP','name':'ghosts'}]},"
                        + "'reply':{'escalationTarget':{'kind':'GROUP','group':'nobody-here'}}}"));

        assertThat(refused.status()).isEqualTo(400);
        JsonNode problems = refused.body().get("problems");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).get("field").asText()).isEqualTo("ownership.coordinators[0].name");
        assertThat(problems.get(0).get("code").asText()).isEqualTo("unknown_group");
        assertThat(problems.get(1).get("field").asText()).isEqualTo("reply.escalationTarget.group");
        assertThat(problems.get(1).get("code").asText()).isEqualTo("unknown_group");
        assertThat(problems.get(1).get("message").asText()).isEqualTo("There is no group with this name.");
        assertThat(refused.raw()).doesNotContain("Exception", "works.async");
    }

    @Test
    void anUnknownCoordinatorIsRefusedInTheSameAnswerAsAnUnreadableValueAndByADryRun() {
        RestHarness.Reply refused = rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'USER','name':'zoe'}]},'notifications':{'digestAt':'nine'}}"));
        RestHarness.Reply dryRun = rest.put("admin", "policies/projects/DEMO?dryRun=true",
                json("{'reply':{'escalationTarget':{'kind':'GROUP','group':'nobody-here'}}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems")).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                .containsExactlyInAnyOrder("ownership.coordinators[0].name unknown_user", "notifications.digestAt invalid_time");
        assertThat(dryRun.status()).isEqualTo(400);
        assertThat(dryRun.body().get("problems")).extracting(p -> p.get("code").asText()).containsExactly("unknown_group");
    }

    @Test
    void knownNamesInAnotherCaseAreSavedAndReadBackExactlyAsTyped() {
        RestHarness.Reply saved = rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'USER','name':'Dana'},{'kind':'USER','name':'bob'},"
                        + "{'kind':'GROUP','name':'Release-Managers'}]},"
                        + "'reply':{'escalationTarget':{'kind':'GROUP','group':'DEVELOPERS'}}}"));

        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        JsonNode own = rest.get("admin", "policies/projects/DEMO").body().get("own");
        assertThat(own.get("ownership").get("coordinators").toString()).isEqualTo(json(
                "[{'kind':'USER','name':'Dana'},{'kind':'USER','name':'bob'},{'kind':'GROUP','name':'Release-Managers'}]"));
        assertThat(own.get("reply").get("escalationTarget").toString())
                .isEqualTo(json("{'kind':'GROUP','group':'DEVELOPERS'}"));
    }

    @Test
    void aCoordinatorNamedByUserNameConfirmsOnTheOwnersBehalf() {
        rest.f.app.events().itemAssigned(rest.f.host.items.get("DEMO-1"), "alice", "carol");
        assertThat(rest.post("JIRAUSER10100", "issues/DEMO-1/ownership/confirm", "{}").status()).isEqualTo(403);

        assertThat(rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'USER','name':'DANA'}]}}")).status()).isEqualTo(200);

        RestHarness.Reply confirmed = rest.post("JIRAUSER10100", "issues/DEMO-1/ownership/confirm", "{}");
        assertThat(confirmed.status()).as(confirmed.raw()).isEqualTo(200);
    }

    @Test
    void aCoordinatorOrGroupDeletedAfterTheSaveStillReadsAndTheEscalationPassRuns() {
        assertThat(rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'USER','name':'dana'}]},"
                        + "'reply':{'escalationTarget':{'kind':'GROUP','group':'designers'}}}")).status()).isEqualTo(200);
        rest.post("carol", "issues/DEMO-1/reply-requests", json("{'recipient':'bob','question':'Ready?'}"));
        rest.f.host.users.remove("JIRAUSER10100");
        rest.f.host.groups.remove("designers");

        RestHarness.Reply read = rest.get("admin", "policies/projects/DEMO");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("own").get("ownership").get("coordinators").toString()).contains("dana");
        assertThat(read.body().get("effective").get("reply.escalationTarget").get("value").get("group").asText())
                .isEqualTo("designers");
        rest.f.clock.set(rest.f.clock.instant().plus(java.time.Duration.ofDays(3)));
        rest.f.app.escalation().runOnce();
        assertThat(rest.get("alice", "issues/DEMO-1/async").status()).isEqualTo(200);
        // Saving another field asks again: the removed names are named so the administrator can take them out.
        RestHarness.Reply resaved = rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'USER','name':'dana'}]},"
                        + "'reply':{'defaultWindow':120,'escalationTarget':{'kind':'GROUP','group':'designers'}}}"));
        assertThat(resaved.status()).isEqualTo(400);
        assertThat(resaved.body().get("problems").findValuesAsText("field"))
                .containsExactly("ownership.coordinators[0].name", "reply.escalationTarget.group");
    }

    @Test
    void groupSearchAnswersNamesContainingTheQueryUpToTheLimit() {
        RestHarness.Reply found = rest.get("bob", "groups?query=E");

        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().toString()).isEqualTo(json(
                "[{'name':'designers'},{'name':'developers'},{'name':'release-managers'}]"));
        assertThat(rest.get("bob", "groups?query=e&limit=2").body().toString())
                .isEqualTo(json("[{'name':'designers'},{'name':'developers'}]"));
        assertThat(rest.get("bob", "groups?query=managers").body().toString())
                .isEqualTo(json("[{'name':'release-managers'}]"));
        assertThat(rest.get("bob", "groups?query=").body()).isEmpty();
        assertThat(rest.get("bob", "groups").body()).isEmpty();
        assertThat(rest.get("bob", "groups?query=zzz").body()).isEmpty();
    }

    @Test
    void groupSearchBoundsTheLimitAndRefusesOneThatIsNotANumber() {
        for (int i = 0; i < 25; i++) {
            rest.f.host.groups.put("team-" + (char) ('a' + i), Set.of("alice"));
        }
        assertThat(rest.get("bob", "groups?query=team&limit=500").body()).hasSize(20);
        assertThat(rest.get("bob", "groups?query=team&limit=0").body()).hasSize(1);
        assertThat(rest.get("bob", "groups?query=team&limit=-3").body()).hasSize(1);

        RestHarness.Reply bad = rest.get("bob", "groups?query=team&limit=many");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("error").asText()).isEqualTo("invalid_number");
        assertThat(bad.body().get("field").asText()).isEqualTo("limit");
    }

    @Test
    void groupSearchIsForSignedInUsers() {
        RestHarness.Reply anonymous = rest.get(null, "groups?query=dev");

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.raw()).doesNotContain("developers");
    }

    @Test
    void someoneTheHostDoesNotLetBrowseUsersSearchesNeitherPeopleNorGroupsButStillNamesThem() {
        rest.f.host.mayNotSearch.add("bob");

        RestHarness.Reply people = rest.get("bob", "users?query=ali");
        RestHarness.Reply groups = rest.get("bob", "groups?query=dev");

        assertThat(people.status()).isEqualTo(403);
        assertThat(people.raw()).doesNotContain("alice");
        assertThat(groups.status()).isEqualTo(403);
        assertThat(groups.raw()).doesNotContain("developers");
        assertThat(rest.get("alice", "users?query=ali").body()).extracting(u -> u.get("username").asText())
                .containsExactly("alice");
        // A name typed in full is still taken: the picker is then a plain text box and the server judges.
        rest.f.host.project("DEMO", "Demo project");
        assertThat(rest.get("bob", "projects/DEMO/report-draft").status()).isEqualTo(200);
        RestHarness.Reply published = rest.post("bob", "reports", json("{'issue':'DEMO','title':'Week 10','body':'Done.',"
                + "'meeting':{'name':'Weekly status','usualMinutes':30,'attendees':6},'requiredReviewers':['alice']}"));
        assertThat(published.status()).isEqualTo(201);
        assertThat(published.body().get("reviewers")).extracting(r -> r.get("user").asText() + " " + r.get("role").asText())
                .containsExactly("alice REQUIRED");
    }
}

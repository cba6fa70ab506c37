package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import works.async.core.policy.PolicyScope;
import works.async.plugin.web.Screens;
import works.async.plugin.web.admin.PolicyFormView;

/**
 * A project's and a space's item-type policies over REST and on their policy screen: the host's types are listed and
 * a policy is added for one; a type the container does not have is refused without storing anything; a form with
 * several problems is answered with all of them at once, and a dry run checks without saving.
 */
class PolicyTypesRestTest {

    private final RestHarness rest = new RestHarness();

    @BeforeEach
    void projectAdminAlice() {
        rest.f.host.containerAdmins.put("DEMO", Set.of("alice"));
        rest.f.host.containerAdmins.put("TEAM", Set.of("bob"));
        rest.f.host.itemTypes.put("DEMO", List.of("Bug", "Task", "New Feature"));
    }

    @Test
    void theProjectScreenListsTheTypesWithAPolicyAndOffersTheOthersToAdd() {
        assertThat(types("alice", PolicyScope.jiraProject("DEMO")).hasExisting()).isFalse();
        assertThat(types("alice", PolicyScope.jiraProject("DEMO")).addable())
                .extracting(PolicyFormView.Option::value).containsExactly("Bug", "Task", "New Feature");

        RestHarness.Reply added = rest.put("alice", "policies/projects/DEMO/types/New%20Feature",
                json("{'reply':{'defaultWindow':240,'reminderFraction':0.5}}"));

        assertThat(added.status()).isEqualTo(200);
        PolicyFormView.Types after = types("alice", PolicyScope.jiraProject("DEMO"));
        assertThat(after.existing()).singleElement().satisfies(link -> {
            assertThat(link.label()).isEqualTo("New Feature");
            assertThat(link.href()).isEqualTo("/plugins/servlet/async-work/project/DEMO/policy?type=New%20Feature");
            assertThat(link.detail()).isEqualTo("2 settings of its own");
        });
        assertThat(after.addable()).extracting(PolicyFormView.Option::value).containsExactly("Bug", "Task");
        // The add form goes to the project's policy page; the type is the choice.
        assertThat(after.addAction()).isEqualTo("/plugins/servlet/async-work/project/DEMO/policy");
        assertThat(after.addParams()).isEmpty();
    }

    @Test
    void aTypesScreenLinksBackToItsProjectAndListsNoTypes() {
        PolicyFormView form = form("alice", PolicyScope.jiraProject("DEMO").withItemType("Bug"));

        assertThat(form.types()).isNull();
        assertThat(form.back().href()).isEqualTo("/plugins/servlet/async-work/project/DEMO/policy");
        assertThat(form.back().label()).isEqualTo("Back to the policy of project DEMO");
    }

    @Test
    void aSpaceOffersItsPagesAndActionItems() {
        PolicyFormView.Types types = types("bob", PolicyScope.confluenceSpace("TEAM"));

        assertThat(types.title()).isEqualTo("Page and action item policies");
        assertThat(types.addable()).extracting(o -> o.value() + "=" + o.label())
                .containsExactly("page=Pages", "action-item=Action items");
    }

    @Test
    void someoneWhoMayNotAdministerTheProjectIsRefusedItsPolicyScreen() {
        Screens screens = rest.f.app.context().getBean(Screens.class);
        rest.f.host.signIn("carol");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> screens.policy(PolicyScope.jiraProject("DEMO")))
                .isInstanceOf(works.async.core.DomainException.class)
                .satisfies(e -> assertThat(((works.async.core.DomainException) e).code())
                        .isEqualTo(works.async.core.ErrorCode.FORBIDDEN));
        assertThat(screens.policyLink(PolicyScope.jiraProject("DEMO"))).isNull();
        rest.f.host.signIn("alice");
        assertThat(screens.policyLink(PolicyScope.jiraProject("DEMO")))
                .isEqualTo("/plugins/servlet/async-work/project/DEMO/policy");
    }

    @Test
    void aTypeTheProjectDoesNotHaveIsRefusedNamingTheTypeAndNothingIsStored() {
        RestHarness.Reply refused = rest.put("alice", "policies/projects/DEMO/types/Incident",
                json("{'reply':{'defaultWindow':60}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("error").asText()).isEqualTo("unknown_type");
        assertThat(refused.body().get("field").asText()).isEqualTo("type");
        assertThat(refused.body().get("message").asText())
                .isEqualTo("This project or space has no such type; choose one of its types.");
        // Nothing stored: the type is still unknown, and the project's own policy is untouched.
        assertThat(rest.get("alice", "policies/projects/DEMO/types/Incident").status()).isEqualTo(404);
        assertThat(rest.get("alice", "policies/projects/DEMO").body().get("version").asLong()).isZero();
        assertThat(types("alice", PolicyScope.jiraProject("DEMO")).hasExisting()).isFalse();
    }

    @Test
    void readingAnUnknownTypeIsNotFoundAsAnUnknownProjectIs() {
        rest.f.host.missingContainers.add("NOPE");

        RestHarness.Reply unknownType = rest.get("alice", "policies/projects/DEMO/types/Incident");
        RestHarness.Reply unknownProject = rest.get("alice", "policies/projects/NOPE/types/Bug");
        RestHarness.Reply unknownSpaceType = rest.get("bob", "policies/spaces/TEAM/types/blogpost");

        assertThat(unknownType.status()).isEqualTo(404);
        assertThat(unknownType.raw()).isEqualTo(unknownProject.raw());
        assertThat(unknownSpaceType.raw()).isEqualTo(unknownProject.raw());
        assertThat(rest.get("alice", "policies/projects/DEMO/types/Bug").status()).isEqualTo(200);
    }

    @Test
    void anUnreadableValueAndARuleBrokenElsewhereAreRefusedInOneAnswer() {
        RestHarness.Reply refused = rest.put("alice", "policies/projects/DEMO/types/Bug",
                json("{'reply':{'defaultWindow':0,'reminderFraction':1.5},'notifications':{'digestAt':'nine'}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems")).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                .containsExactly("reply.defaultWindow out_of_range", "reply.reminderFraction out_of_range",
                        "notifications.digestAt invalid_time");
        assertThat(refused.body().get("problems")).extracting(p -> p.get("message").asText())
                .allSatisfy(m -> assertThat(m).isNotBlank().doesNotContain("async-work."));
        // Each field's own words: a window and a percentage are not told about years.
        assertThat(refused.body().get("problems")).extracting(p -> p.get("message").asText()).containsExactly(
                "Enter a window longer than zero and at most 8760 working hours.",
                "Enter a share of the window above 0 and below 100 percent.",
                "Enter a time such as 09:00 (an end may be 24:00).");
        assertThat(rest.get("alice", "policies/projects/DEMO/types/Bug").body().get("version").asLong()).isZero();
    }

    @Test
    void aDryRunChecksWithoutSavingAndIsForAdminsOnly() {
        String path = "policies/projects/DEMO/types/Bug?dryRun=true";

        RestHarness.Reply fine = rest.put("alice", path, json("{'reply':{'defaultWindow':120}}"));
        RestHarness.Reply bad = rest.put("alice", path, json("{'reply':{'defaultWindow':-5}}"));
        RestHarness.Reply stranger = rest.put("carol", path, json("{'reply':{'defaultWindow':120}}"));

        assertThat(fine.status()).isEqualTo(200);
        assertThat(fine.body().get("version").asLong()).isZero();
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().get("problems")).extracting(p -> p.get("field").asText())
                .containsExactly("reply.defaultWindow");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(rest.get("alice", "policies/projects/DEMO/types/Bug").body().get("version").asLong()).isZero();
        assertThat(types("alice", PolicyScope.jiraProject("DEMO")).hasExisting()).isFalse();
    }

    private PolicyFormView.Types types(String user, PolicyScope container) {
        return form(user, container).types();
    }

    private PolicyFormView form(String user, PolicyScope scope) {
        rest.f.host.signIn(user);
        return (PolicyFormView) rest.f.app.context().getBean(Screens.class).policy(scope).context().get("policy");
    }
}

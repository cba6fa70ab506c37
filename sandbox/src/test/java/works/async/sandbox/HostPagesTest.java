package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

import works.async.sandbox.SandboxClient.Reply;

@DisplayName("Host pages: login, issue and page views, plugin screens; hostile text rendered inert")
@ParameterizedClass(name = "{0}")
@MethodSource("works.async.sandbox.SandboxInstants#all")
class HostPagesTest {

    /**
     * The instant this run's sandbox clock stands at, as given; declared so that JUnit hands it to the class-level
     * start below (tests read {@code fixed.now()}, in the milliseconds the app reads).
     */
    @Parameter
    Instant at;

    static FixedSandbox fixed;
    static RunningSandbox sandbox;
    static SandboxClient client;

    /** A sandbox of its own for each instant, its clock standing at it (demo data seeded then too). */
    @BeforeParameterizedClassInvocation
    static void start(Instant at) {
        fixed = FixedSandbox.at(at);
        sandbox = fixed.sandbox();
        client = fixed.client();
    }

    @AfterParameterizedClassInvocation
    static void stop() {
        fixed.close();
    }

    @Test
    void anonymousPagesRedirectToLoginAndLoginStartsASession() {
        Reply page = client.get(null, "/browse/DEMO-1");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.raw().headers().firstValue("Location").orElse("")).contains("/login?os_destination=%2Fbrowse%2FDEMO-1");
        Reply login = client.login(Map.of("os_username", "alice", "os_password", "alice", "os_destination", "/browse/DEMO-1"));
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.raw().headers().firstValue("Location").orElse("")).endsWith("/browse/DEMO-1");
        String cookie = SandboxClient.cookie(login);
        Reply issue = client.send(client.request(null, "/browse/DEMO-1").header("Cookie", cookie).GET().build());
        assertThat(issue.status()).isEqualTo(200);
        assertThat(issue.body()).contains("Checkout: retry failed card payments once").contains("id=\"async-work-panel\"");
    }

    @Test
    void wrongPasswordStaysOnTheLoginPageAndForeignDestinationsAreIgnored() {
        Reply bad = client.login(Map.of("os_username", "alice", "os_password", "nope"));
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.body()).contains("login-error");
        Reply open = client.login(Map.of("os_username", "alice", "os_password", "alice", "os_destination", "//evil.example"));
        assertThat(open.raw().headers().firstValue("Location").orElse("")).endsWith("/issues");
    }

    @Test
    void aHostileCommentIsStoredAndShownInert() {
        String hostile = RestApiTest.HOSTILE;
        String page = client.get("bob", "/browse/DEMO-7").body();
        String token = token(page);
        Reply posted = client.send(client.request("bob", "/browse/DEMO-7").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "") .POST(form(Map.of("atl_token", token, "action", "comment", "body", hostile))).build());
        // Basic-auth clients have no session token: the form is refused, nothing is stored.
        assertThat(posted.status()).isEqualTo(403);
        sandbox.services().actions.comment(sandbox.services().jira.issue("DEMO-7").orElseThrow(), "bob", hostile);
        assertThat(sandbox.services().jira.comments("DEMO-7")).anyMatch(c -> c.body().equals(hostile));
        String shown = client.get("carol", "/browse/DEMO-7").body();
        assertInert(shown);
        assertThat(shown).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void commentTimesAreShownInEachViewersOwnTimeZone() {
        sandbox.services().actions.comment(sandbox.services().jira.issue("DEMO-6").orElseThrow(), "bob", "Done on my side.");
        // As stored (to the millisecond) and so as shown.
        var comment = sandbox.services().jira.comments("DEMO-6").stream()
                .filter(c -> c.body().equals("Done on my side.")).findFirst().orElseThrow();
        // The host's comments, the demo data's too, are written at the sandbox's clock.
        assertThat(comment.createdAt()).isEqualTo(fixed.now());
        assertThat(sandbox.services().jira.comments("DEMO-1")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.createdAt()).isEqualTo(fixed.now()));
        for (String viewer : List.of("alice", "admin")) {
            ZoneId zone = sandbox.services().users.byUsername(viewer).orElseThrow().zone();
            String shown = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH)
                    .format(comment.createdAt().atZone(zone));

            assertThat(client.get(viewer, "/browse/DEMO-6").body()).as(viewer + " in " + zone)
                    .contains("<time datetime=\"" + comment.createdAt() + "\">" + shown + "</time>");
        }
    }

    @Test
    void hostileRestTextNeverAppearsRawOnAnyScreen() {
        client.postJson("alice", SandboxClient.REST + "/issues/DEMO-8/reply-requests",
                SandboxClient.json(Map.of("recipient", "bob", "question", RestApiTest.HOSTILE)));
        for (String path : List.of("/issues", "/browse/DEMO-8", "/spaces", "/spaces/TEAM", "/secure/async-work/settings",
                "/secure/async-work/admin", "/secure/async-work/insights/DEMO", "/secure/async-work/space-insights/TEAM",
                "/secure/async-work/outbox")) {
            Reply r = client.get("admin", path);
            assertThat(r.status()).as(path).isEqualTo(200);
            assertInert(r.body());
        }
    }

    @Test
    void theAdminScreenEditsAnIssueTypesPolicyThroughItsOwnResource() {
        Reply form = client.get("alice", "/secure/async-work/admin?project=DEMO&type=New%20Feature");

        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("policy of issue type New Feature in project DEMO")
                .contains("/policies/projects/DEMO/types/New%20Feature");
    }

    @Test
    void aProjectsPolicyScreenIsRefusedToWhoeverMayNotAdministerItAndAnUnknownTypeIsNotFound() {
        Reply refused = client.get("dinesh", "/secure/async-work/admin?project=DEMO");
        Reply refusedType = client.get("dinesh", "/secure/async-work/admin?project=DEMO&type=Bug");
        Reply refusedSpace = client.get("alice", "/secure/async-work/admin?space=TEAM");
        Reply unknownType = client.get("alice", "/secure/async-work/admin?project=DEMO&type=Incident");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("Only administrators of this project or space can open its policy.")
                .doesNotContain("async-work-policy-form");
        assertThat(refusedType.status()).isEqualTo(403);
        assertThat(refusedSpace.status()).isEqualTo(403);
        assertThat(unknownType.status()).isEqualTo(404);
        assertThat(unknownType.body()).doesNotContain("async-work-policy-form");
        assertThat(client.get("alice", "/secure/async-work/admin?project=DEMO").body())
                .contains("Issue type policies").contains("<option value=\"New Feature\">New Feature</option>");
    }

    @Test
    void onlyTheProjectsAndTheSpacesAdministratorsAreLinkedToTheirPolicies() {
        // The project page (where /browse/DEMO leads).
        assertThat(client.get("alice", "/secure/async-work/project/DEMO").body())
                .contains("href=\"/secure/async-work/admin?project=DEMO\"");
        assertThat(client.get("dinesh", "/secure/async-work/project/DEMO").body())
                .contains("async-work-project-DEMO").doesNotContain("/secure/async-work/admin?project=DEMO");
        assertThat(client.get("bob", "/spaces/TEAM").body()).contains("href=\"/secure/async-work/admin?space=TEAM\"");
        assertThat(client.get("dinesh", "/spaces/TEAM").body()).doesNotContain("/secure/async-work/admin?space=TEAM");
    }

    @Test
    void aSpaceLinksToItsTeamInsightsWhichNameTheSpaceAndNobody() {
        assertThat(client.get("alice", "/spaces/TEAM").body()).contains("href=\"/secure/async-work/space-insights/TEAM\"");

        Reply insights = client.get("alice", "/secure/async-work/space-insights/TEAM");

        assertThat(insights.status()).isEqualTo(200);
        assertThat(insights.body()).contains("Space TEAM, last").contains("async-work-insights")
                .doesNotContain("Bob Miller").doesNotContain("Carol Ngata");
    }

    @Test
    void thePageViewRendersEveryMacroOfTheDemoPages() {
        String space = client.get("alice", "/spaces/TEAM").body();
        Matcher m = Pattern.compile("href=\"/spaces/TEAM/pages/(\\d+)\"").matcher(space);
        int pages = 0;
        StringBuilder all = new StringBuilder();
        while (m.find()) {
            Reply page = client.get("alice", "/spaces/TEAM/pages/" + m.group(1));
            assertThat(page.status()).isEqualTo(200);
            all.append(page.body());
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        // Each macro is rendered by the shared UI (not a placeholder, not a failed fragment).
        assertThat(all.toString()).doesNotContain("ac:structured-macro").doesNotContain("aui-message-error")
                .contains("async-work-report").contains("async-work-action-item").contains("async-work-agreement")
                .contains("async-work-questions");
    }

    @Test
    void aReportHasAPageOfItsOwnThatIssuePanelsLinkTo() {
        String space = client.get("carol", "/spaces/TEAM").body();
        Matcher weekly = Pattern.compile("href=\"(/spaces/TEAM/pages/\\d+)\">Weekly update").matcher(space);
        assertThat(weekly.find()).isTrue();
        Matcher report = Pattern.compile("id=\"async-work-report-([0-9a-z-]+)\"").matcher(client.get("carol", weekly.group(1)).body());
        assertThat(report.find()).isTrue();

        Reply page = client.get("carol", "/secure/async-work/report/" + report.group(1));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"async-work-report-" + report.group(1) + "\"")
                .contains("Monday status meeting");
    }

    @Test
    void theOutboxScreenIsForAdministratorsAndUnknownThingsAre404() {
        assertThat(client.get("bob", "/secure/async-work/outbox").status()).isEqualTo(403);
        assertThat(client.get("bob", "/browse/NOPE-1").status()).isEqualTo(404);
        assertThat(client.get("bob", "/spaces/TEAM/pages/999999").status()).isEqualTo(404);
    }

    @Test
    void theSettingsScreenShowsTheZoneReadOnlyAndLinksToTheProfileWhereItIsChosen() {
        Reply settings = client.get("alice", "/secure/async-work/settings");

        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body())
                .containsPattern("<input[^>]*id=\"async-work-zone\"[^>]*value=\"Europe/Berlin\"[^>]*readonly")
                .contains("id=\"async-work-profile-link\" href=\"" + ProfilePage.PATH + "\"");
        Reply profile = client.get("alice", ProfilePage.PATH);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).contains("<option value=\"Europe/Berlin\" selected>")
                .contains("href=\"" + ProfilePage.PATH + "\" id=\"profile-link\"");
    }

    @Test
    void aZoneChosenOnTheProfileIsTheScheduleZoneAndDueTimesAreCountedInIt() {
        String preview = SandboxClient.REST + "/calendar/preview?user=emma&from=" + fixed.now() + "&workingMinutes=60";
        String dueInSaoPaulo = client.get("bob", preview).json().get("dueAt").asText();
        ProfilePage emma = ProfilePage.signIn(client, "emma");
        try {
            assertThat(emma.choose("Asia/Tokyo", false).status()).as("without the form's token").isEqualTo(403);
            assertThat(emma.choose("Mars/Olympus_Mons", true).status()).isEqualTo(400);
            assertThat(client.get("emma", SandboxClient.REST + "/schedules/me").json().get("zone").asText())
                    .isEqualTo("America/Sao_Paulo");

            Reply saved = emma.choose("Asia/Tokyo", true);

            assertThat(saved.status()).isEqualTo(302);
            String back = saved.raw().headers().firstValue("Location").orElseThrow();
            assertThat(emma.open(back).body()).contains("id=\"profile-saved\"")
                    .contains("<option value=\"Asia/Tokyo\" selected>");
            assertThat(client.get("emma", SandboxClient.REST + "/schedules/me").json().get("zone").asText())
                    .isEqualTo("Asia/Tokyo");
            assertThat(client.get("emma", "/secure/async-work/settings").body()).contains("value=\"Asia/Tokyo\" readonly");
            Instant dueInTokyo = Instant.parse(client.get("bob", preview).json().get("dueAt").asText());
            assertThat(dueInTokyo.toString()).isNotEqualTo(dueInSaoPaulo);
            // Counted in Tokyo's working day now (the policy's default hours, Monday to Friday 09:00 to 17:00).
            java.time.ZonedDateTime local = dueInTokyo.atZone(ZoneId.of("Asia/Tokyo"));
            assertThat(local.getDayOfWeek()).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
            assertThat(local.toLocalTime()).isBetween(java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0));
            // The old zone is now not the profile's: the settings form cannot bring it back.
            assertThat(client.putJson("emma", SandboxClient.REST + "/schedules/me",
                    "{\"zone\":\"America/Sao_Paulo\",\"week\":null}").status()).isEqualTo(400);
        } finally {
            emma.choose("America/Sao_Paulo", true);
        }
    }

    @Test
    void staticResourcesArePublicAndNoClassFileIsServed() {
        assertThat(client.get(null, "/static/sandbox/sandbox.css").status()).isEqualTo(200);
        assertThat(client.get(null, "/static/../works/async/sandbox/SandboxMain.class").status()).isNotEqualTo(200);
    }

    static void assertInert(String html) {
        assertThat(html).doesNotContain("<script>alert").doesNotContain("onerror=\"alert").doesNotContain("href=\"javascript:");
    }

    static String token(String html) {
        Matcher m = Pattern.compile("name=\"atl_token\" value=\"([0-9a-f]+)\"").matcher(html);
        return m.find() ? m.group(1) : "";
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.BodyPublishers.ofString(b.toString());
    }
}

package works.async.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import works.async.core.testing.MutableClock;
import works.async.plugin.pagemacro.PageMacroIds;
import works.async.sandbox.SandboxClient.Reply;
import works.async.sandbox.host.Page;

@DisplayName("Page editor and page comments: permissions, XSRF, bounds, macro ids, reports and action items saved as in Confluence")
class PageEditorTest {

    /** Stands still but for a test moving it: a comment answers only requests asked before it. */
    static final MutableClock CLOCK = new MutableClock(SandboxInstants.EUROPE_MORNING);

    @TempDir
    static Path data;
    static RunningSandbox sandbox;
    static SandboxClient client;

    @BeforeAll
    static void start() {
        sandbox = SandboxMain.start(CLOCK, "--port", "0", "--data", data.toString());
        client = new SandboxClient(sandbox);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static final Pattern MACRO_ID = Pattern.compile("ac:macro-id=\"([^\"]+)\"");

    static String report(String reviewers, String text) {
        return "<ac:structured-macro ac:name=\"async-report\"><ac:parameter ac:name=\"reviewers\">" + reviewers
                + "</ac:parameter><ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    static String actionItem(String owner, String task) {
        return "<ac:structured-macro ac:name=\"async-action-item\"><ac:parameter ac:name=\"owner\">" + owner
                + "</ac:parameter><ac:rich-text-body><p>" + task + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    /** A signed-in browser: its session cookie, and the atl_token of the forms it is shown. */
    record Session(String cookie) {
        static Session of(String user) {
            return new Session(client.signIn(user));
        }

        Reply get(String path) {
            return client.send(client.request(null, path).header("Cookie", cookie).GET().build());
        }

        String token() {
            return HostPagesTest.token(get("/spaces/TEAM/create").body());
        }

        Reply post(String path, Map<String, String> fields) {
            return client.send(client.request(null, path).header("Cookie", cookie)
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HostPagesTest.form(fields)).build());
        }

        /** Creates a page in TEAM through the editor form and returns it as stored. */
        Page create(String title, String body) {
            Reply r = post("/spaces/TEAM/create", Map.of("atl_token", token(), "title", title, "body", body));
            assertThat(r.status()).as(r.body()).isEqualTo(302);
            String location = r.raw().headers().firstValue("Location").orElseThrow();
            return stored(location.substring(location.lastIndexOf('/') + 1));
        }

        Reply save(Page page, String title, String body) {
            return post("/spaces/TEAM/pages/" + page.id() + "/edit", Map.of("atl_token", token(), "title", title, "body", body));
        }
    }

    static Page stored(String id) {
        return sandbox.services().confluence.page(id).orElseThrow();
    }

    static int teamPages() {
        return sandbox.services().confluence.pages("TEAM").size();
    }

    static List<String> macroIds(String body) {
        List<String> ids = new ArrayList<>();
        Matcher m = MACRO_ID.matcher(body);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPageAndSaveNothing() {
        int before = teamPages();
        assertThat(client.get(null, "/spaces/TEAM/create").status()).isEqualTo(302);
        Reply posted = client.send(client.request(null, "/spaces/TEAM/create")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("title", "Sneaky", "body", "<p>x</p>"))).build());
        assertThat(posted.status()).isEqualTo(302);
        assertThat(posted.raw().headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(teamPages()).isEqualTo(before);
    }

    @Test
    void aSignedInUserSeesCreateAndEditButtonsAndTheEditorWithTheMacroHelp() {
        Session bob = Session.of("bob");
        assertThat(bob.get("/spaces/TEAM").body()).contains("id=\"create-page-link\" href=\"/spaces/TEAM/create\"");
        Page page = bob.create("Editor help", "<p>Hello</p>");
        assertThat(bob.get("/spaces/TEAM/pages/" + page.id()).body())
                .contains("href=\"/spaces/TEAM/pages/" + page.id() + "/edit\"").contains("id=\"comment-form\"");

        Reply editor = bob.get("/spaces/TEAM/pages/" + page.id() + "/edit");

        assertThat(editor.status()).isEqualTo(200);
        assertThat(editor.body()).contains("value=\"Editor help\"").contains("&lt;p&gt;Hello&lt;/p&gt;</textarea>")
                .contains("data-macro=\"async-report\"").contains("data-macro=\"async-action-item\"")
                .contains("data-macro=\"async-open-questions\"").contains("data-macro=\"async-working-agreement\"")
                .contains("<code>reviewers</code>").contains("<code>confirm-hours</code>");
        assertThat(client.get("bob", "/spaces/TEAM/pages/999999/edit").status()).isEqualTo(404);
        assertThat(client.get("bob", "/spaces/NOPE/create").status()).isEqualTo(404);
        // A page is edited under its own space only.
        assertThat(client.get("bob", "/spaces/OTHER/pages/" + page.id() + "/edit").status()).isEqualTo(404);
    }

    @Test
    void aFormWithoutTheSessionsTokenIsRefusedAndNothingIsSaved() {
        Session bob = Session.of("bob");
        Page page = bob.create("Token check", "<p>First</p>");
        int before = teamPages();

        Reply create = bob.post("/spaces/TEAM/create", Map.of("atl_token", "0000", "title", "Forged", "body", "<p>x</p>"));
        Reply edit = bob.post("/spaces/TEAM/pages/" + page.id() + "/edit", Map.of("title", "Forged", "body", "<p>x</p>"));
        Reply comment = bob.post("/spaces/TEAM/pages/" + page.id() + "/comments", Map.of("body", "Forged"));
        // Basic-auth clients have no session token: they use REST.
        Reply basic = client.send(client.request("bob", "/spaces/TEAM/create")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HostPagesTest.form(Map.of("atl_token", "", "title", "Forged", "body", "<p>x</p>"))).build());

        assertThat(List.of(create.status(), edit.status(), comment.status(), basic.status())).containsOnly(403);
        assertThat(teamPages()).isEqualTo(before);
        assertThat(stored(Long.toString(page.id())).title()).isEqualTo("Token check");
        assertThat(sandbox.services().confluence.comments(page.id())).isEmpty();
    }

    @Test
    void aBadTitleOrBodyAnswers400NamingTheFieldKeepsWhatWasTypedAndSavesNothing() {
        Session bob = Session.of("bob");
        Page page = bob.create("Bounds", "<p>Kept</p>");
        int before = teamPages();
        String token = bob.token();

        Reply noTitle = bob.post("/spaces/TEAM/create", Map.of("atl_token", token, "title", "  ", "body", "<p>typed</p>"));
        Reply longTitle = bob.post("/spaces/TEAM/create", Map.of("atl_token", token, "title", "t".repeat(256), "body", ""));
        Reply lineInTitle = bob.save(page, "Two\nlines", "<p>Changed</p>");
        Reply longBody = bob.save(page, "Bounds", "x".repeat(200_001));
        Reply control = bob.save(page, "Bounds", "<p>bell \u0007</p>");

        assertThat(noTitle.status()).isEqualTo(400);
        assertThat(noTitle.body()).contains("data-field=\"title\"").contains("Title: required.")
                .contains("&lt;p&gt;typed&lt;/p&gt;</textarea>");
        assertThat(longTitle.status()).isEqualTo(400);
        assertThat(longTitle.body()).contains("data-field=\"title\"").contains("at most 255 characters");
        assertThat(lineInTitle.status()).isEqualTo(400);
        assertThat(lineInTitle.body()).contains("data-field=\"title\"");
        assertThat(longBody.status()).isEqualTo(400);
        assertThat(longBody.body()).contains("data-field=\"body\"").contains("at most 200000 characters");
        assertThat(control.status()).isEqualTo(400);
        assertThat(control.body()).contains("data-field=\"body\"");
        assertThat(teamPages()).isEqualTo(before);
        assertThat(stored(Long.toString(page.id()))).extracting(Page::title, Page::body).containsExactly("Bounds", "<p>Kept</p>");
    }

    @Test
    void aRequestOverTheHostsLimitAnswers413AndSavesNothing() {
        Session bob = Session.of("bob");
        int before = teamPages();

        Reply huge = bob.post("/spaces/TEAM/create", Map.of("atl_token", bob.token(), "title", "Huge",
                "body", "<".repeat(400_000)));

        assertThat(huge.status()).isEqualTo(413);
        assertThat(teamPages()).isEqualTo(before);
    }

    @Test
    void savingGivesEachMacroAnIdOnceAndKeepsItFromSaveToSave() {
        Session alice = Session.of("alice");
        // A macro copied within the page carries the id of the first: it gets one of its own.
        String copied = "<ac:structured-macro ac:name=\"async-action-item\" ac:macro-id=\"same\"><ac:parameter ac:name=\"owner\">"
                + "carol</ac:parameter><ac:rich-text-body><p>Task</p></ac:rich-text-body></ac:structured-macro>";
        Page page = alice.create("Ids", report("carol", "Report") + actionItem("dinesh", "Do it")
                + "<ac:structured-macro ac:name=\"async-open-questions\" />" + copied + copied);

        List<String> ids = macroIds(page.body());
        assertThat(ids).hasSize(5).doesNotHaveDuplicates().contains("same");
        assertThat(ids.get(3)).isEqualTo("same");

        Reply again = alice.save(page, "Ids", page.body().replace("<p>Report</p>", "<p>Report, revised</p>"));

        assertThat(again.status()).isEqualTo(302);
        Page saved = stored(Long.toString(page.id()));
        assertThat(saved.body()).contains("Report, revised");
        assertThat(macroIds(saved.body())).isEqualTo(ids);
    }

    @Test
    void aReportWrittenInThePageIsPublishedBySaverRevisedKeepingItsIdAndWithdrawnWhenRemoved() {
        Session bob = Session.of("bob");
        Page page = bob.create("Sprint 12 update", "<p>Intro</p>" + report("alice, carol", "We shipped search."));
        String reportId = PageMacroIds.report(Long.toString(page.id()), macroIds(page.body()).get(0));

        JsonNode published = client.get("alice", SandboxClient.REST + "/reports/" + reportId).json();
        assertThat(published.path("author").asText()).isEqualTo("bob");
        assertThat(published.path("title").asText()).isEqualTo("Sprint 12 update");
        assertThat(published.path("body").asText()).isEqualTo("We shipped search.");
        assertThat(published.path("state").asText()).isEqualTo("OPEN");
        assertThat(published.path("reviewers").findValuesAsText("user")).containsExactlyInAnyOrder("alice", "carol");
        client.postJson("alice", SandboxClient.REST + "/reports/" + reportId + "/feedback",
                "{\"kind\":\"ACKNOWLEDGE\",\"text\":\"\"}");
        assertThat(client.get("bob", "/spaces/TEAM/pages/" + page.id()).body()).contains("id=\"async-work-report-" + reportId + "\"");

        assertThat(bob.save(page, "Sprint 12 update", page.body().replace("We shipped search.", "We shipped search and sorting."))
                .status()).isEqualTo(302);
        JsonNode revised = client.get("alice", SandboxClient.REST + "/reports/" + reportId).json();
        assertThat(revised.path("body").asText()).isEqualTo("We shipped search and sorting.");
        assertThat(revised.path("feedback").findValuesAsText("kind")).containsExactly("ACKNOWLEDGE");

        assertThat(bob.save(page, "Sprint 12 update", "<p>No report any more</p>").status()).isEqualTo(302);
        JsonNode withdrawn = client.get("alice", SandboxClient.REST + "/reports/" + reportId).json();
        assertThat(withdrawn.path("state").asText()).isEqualTo("CLOSED");
        assertThat(withdrawn.path("closeReason").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.path("feedback").findValuesAsText("kind")).containsExactly("ACKNOWLEDGE");
    }

    @Test
    void anActionItemWrittenInThePageAsksItsOwnerToConfirm() {
        Session alice = Session.of("alice");
        Page page = alice.create("Release checklist", actionItem("dinesh", "Load-test the new API"));
        String itemKey = PageMacroIds.actionItem(Long.toString(page.id()), macroIds(page.body()).get(0));

        JsonNode ownership = client.get("dinesh", SandboxClient.REST + "/pages/" + itemKey + "/async").json().path("ownership");

        assertThat(ownership.path("owner").asText()).isEqualTo("dinesh");
        assertThat(ownership.path("requestedBy").asText()).isEqualTo("alice");
        assertThat(ownership.path("state").asText()).isEqualTo("REQUESTED");
        assertThat(client.get("dinesh", "/spaces/TEAM/pages/" + page.id()).body()).contains("Load-test the new API");
    }

    @Test
    void aPageCommentAnswersTheCommentersOpenRequestOnThatPage() {
        Session alice = Session.of("alice");
        Page page = alice.create("Design notes", "<p>Two options.</p>");
        JsonNode asked = client.postJson("alice", SandboxClient.REST + "/pages/" + page.id() + "/reply-requests",
                "{\"recipient\":\"carol\",\"question\":\"Option A or B?\"}").json();
        assertThat(asked.path("state").asText()).isEqualTo("OPEN");
        CLOCK.advance(Duration.ofMinutes(5));

        Session carol = Session.of("carol");
        String token = HostPagesTest.token(carol.get("/spaces/TEAM/pages/" + page.id()).body());
        Reply posted = carol.post("/spaces/TEAM/pages/" + page.id() + "/comments", Map.of("atl_token", token,
                "body", "Option B, <b>clearly</b>."));

        assertThat(posted.status()).isEqualTo(302);
        assertThat(sandbox.services().confluence.comments(page.id()))
                .anyMatch(c -> c.author().equals("carol") && c.body().equals("Option B, <b>clearly</b>."));
        assertThat(client.get("alice", SandboxClient.REST + "/reply-requests/" + asked.path("id").asText()).json()
                .path("state").asText()).isEqualTo("ANSWERED");
        assertThat(carol.get("/spaces/TEAM/pages/" + page.id()).body()).contains("Option B, &lt;b&gt;clearly&lt;/b&gt;.");
    }

    @Test
    void aCommentOverItsBoundAnswers400AndAddsNothing() {
        Session carol = Session.of("carol");
        Page page = Session.of("alice").create("Long comment", "<p>x</p>");
        String token = HostPagesTest.token(carol.get("/spaces/TEAM/pages/" + page.id()).body());

        Reply posted = carol.post("/spaces/TEAM/pages/" + page.id() + "/comments", Map.of("atl_token", token,
                "body", "y".repeat(100_001)));

        assertThat(posted.status()).isEqualTo(400);
        assertThat(posted.body()).contains("Comment: at most 100000 characters.");
        assertThat(sandbox.services().confluence.comments(page.id())).isEmpty();
    }

    @Test
    void hostileMarkupInAPageBodyIsShownInertWhileItsMacrosRender() {
        Session bob = Session.of("bob");
        String hostile = "<script>alert(1)</script><img src=x onerror=\"alert(1)\"><a href=\"javascript:alert(1)\">x</a>"
                + "<p title=\"" + "<ac:structured-macro ac:name=&quot;async-open-questions&quot; />" + "\">ok</p>"
                + "<h2 onclick=\"alert(1)\">Heading</h2>";
        Page page = bob.create("Hostile", hostile + report("alice", "Text <em>kept</em>"));

        String shown = client.get("carol", "/spaces/TEAM/pages/" + page.id()).body();

        HostPagesTest.assertInert(shown);
        assertThat(shown).doesNotContain("onclick").contains("<h2>Heading</h2>").contains("class=\"async-work-report");
    }
}

package works.async.sandbox.authz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import works.async.sandbox.FixedSandbox;
import works.async.sandbox.SandboxClient;
import works.async.sandbox.SandboxClient.Reply;

/**
 * Every REST endpoint of the README's "REST API" section, called by each role, against the status it must answer. The
 * items are the demo's restricted ones (project HR, space PEOPLE and its page), so the outsider ({@code bob}, not a
 * member) gets 404 on every one of them, with exactly the body an unknown id gets; endpoints about no item (the
 * caller's own schedule, users, the global policy, the outbox) treat him as any signed-in user.
 *
 * <p>Roles: anonymous; outsider {@code bob}; viewer {@code alice} (a member, nothing asked of her); asker {@code emma}
 * (asks the questions, writes the reports and series); container admin {@code carol} (HR's lead and PEOPLE's admin);
 * global admin {@code admin}; recipient {@code dinesh} (asked, reviewer, owner of HR-1 and HR-2). Rows that change
 * state make a fresh request, report or series for each cell, so no cell depends on another; the two ownership rows
 * use the demo's open ownership of HR-1 and HR-2, which only the recipient, the last column, changes.
 */
@DisplayName("Authorization matrix over HTTP on the sandbox: every endpoint x every role")
class AuthorizationMatrixTest {

    /** Monday 2 March 2026, 10:00 UTC: the demo data is seeded then. */
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final String R = SandboxClient.REST;

    /** The roles, in the order of the columns below. */
    enum Role {
        ANONYMOUS(null), OUTSIDER("bob"), VIEWER("alice"), ASKER("emma"), CONTAINER_ADMIN("carol"),
        GLOBAL_ADMIN("admin"), RECIPIENT("dinesh");

        final String user;

        Role(String user) {
            this.user = user;
        }
    }

    /**
     * One endpoint: how to call it (for a cell's role, on the real ids or on unknown ones), and the status each role
     * must get, in {@link Role} order.
     */
    record Row(String name, String method, Function<Ids, String> path, Function<Role, String> body, int... expected) {
    }

    /** The ids a row's path names; {@link #unknown()} names the same kinds of thing that do not exist. */
    record Ids(String issue, String issue2, String project, String space, String page, String request,
               String pageRequest, String report, String series) {

        static Ids unknown() {
            return new Ids("HR-999", "HR-998", "NOPE", "NOPE", "999999", "no-such-request", "no-such-request",
                    "no-such-report", "no-such-series");
        }
    }

    private static FixedSandbox fixed;
    private static SandboxClient client;
    private static Ids ids;

    @BeforeAll
    static void start() {
        fixed = FixedSandbox.at(NOW);
        client = fixed.client();
        Matcher page = Pattern.compile("href=\"/spaces/PEOPLE/pages/(\\d+)\"")
                .matcher(client.get("carol", "/spaces/PEOPLE").body());
        assertThat(page.find()).as("the demo's restricted page").isTrue();
        String pageId = page.group(1);
        ids = new Ids("HR-1", "HR-2", "HR", "PEOPLE", pageId, askOnIssue(), askOnPage(pageId), report(), series());
    }

    @AfterAll
    static void stop() {
        fixed.close();
    }

    // ------------------------------------------------------------------------------------------------- the matrix

    private static final int[] MEMBERS_200 = {401, 404, 200, 200, 200, 200, 200};
    private static final int[] MEMBERS_201 = {401, 404, 201, 201, 201, 201, 201};
    private static final int[] SIGNED_IN_200 = {401, 200, 200, 200, 200, 200, 200};
    private static final int[] GLOBAL_ADMIN_200 = {401, 403, 403, 403, 403, 200, 403};
    private static final int[] RECIPIENT_200 = {401, 404, 403, 403, 403, 403, 200};
    private static final int[] ASKER_200 = {401, 404, 403, 200, 403, 403, 403};
    private static final int[] ADMINS_200 = {401, 404, 403, 403, 200, 200, 403};

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // Jira side: project HR and its issues.
        rows.add(new Row("GET issue async", "GET", i -> "/issues/" + i.issue() + "/async", r -> null, MEMBERS_200));
        rows.add(new Row("POST issue ownership/confirm", "POST", i -> "/issues/" + i.issue() + "/ownership/confirm",
                r -> "{}", RECIPIENT_200));
        rows.add(new Row("POST issue ownership/decline", "POST", i -> "/issues/" + i.issue2() + "/ownership/decline",
                r -> "{\"reason\":\"Not mine\"}", RECIPIENT_200));
        rows.add(new Row("POST issue reply-requests", "POST", i -> "/issues/" + i.issue() + "/reply-requests",
                r -> "{\"recipient\":\"" + notSelf(r) + "\",\"question\":\"Which venue?\"}", MEMBERS_201));
        // The caller's own "waiting for me": everyone signed in, bob too; what HR holds for him is left out (below).
        rows.add(new Row("GET waiting", "GET", i -> "/waiting", r -> null, SIGNED_IN_200));
        rows.add(new Row("GET reply-requests?recipient=me", "GET", i -> "/reply-requests?recipient=me&state=open",
                r -> null, SIGNED_IN_200));
        rows.add(new Row("GET reply-request", "GET", i -> "/reply-requests/" + i.request(), r -> null, MEMBERS_200));
        rows.add(new Row("POST reply-request answer", "POST", i -> "/reply-requests/" + fresh(i, i.request(),
                AuthorizationMatrixTest::askOnIssue) + "/answer", r -> "{}", RECIPIENT_200));
        rows.add(new Row("POST reply-request withdraw", "POST", i -> "/reply-requests/" + fresh(i, i.request(),
                AuthorizationMatrixTest::askOnIssue) + "/withdraw", r -> "{\"reason\":\"Sorted\"}", ASKER_200));
        rows.add(new Row("POST reply-request renegotiate", "POST", i -> "/reply-requests/" + fresh(i, i.request(),
                AuthorizationMatrixTest::askOnIssue) + "/renegotiate",
                r -> "{\"until\":\"" + NOW.plusSeconds(3 * 86_400) + "\"}", RECIPIENT_200));
        // An explicit question is not automatic: its asker hears so (400), everyone else may not undo it at all.
        rows.add(new Row("POST reply-request undo", "POST", i -> "/reply-requests/" + fresh(i, i.request(),
                AuthorizationMatrixTest::askOnIssue) + "/undo", r -> "{}", 401, 404, 403, 400, 403, 403, 403));
        rows.add(new Row("POST reports on issue", "POST", i -> "/reports", r -> reportBody("issue", "HR-1", r),
                401, 404, 201, 201, 201, 201, 201));
        rows.add(new Row("GET report", "GET", i -> "/reports/" + i.report(), r -> null, MEMBERS_200));
        rows.add(new Row("POST report feedback", "POST", i -> "/reports/" + fresh(i, i.report(),
                AuthorizationMatrixTest::report) + "/feedback", r -> "{\"kind\":\"ACKNOWLEDGE\",\"text\":\"\"}",
                RECIPIENT_200));
        rows.add(new Row("GET project reports", "GET", i -> "/projects/" + i.project() + "/reports", r -> null,
                MEMBERS_200));
        rows.add(new Row("GET project report-draft", "GET", i -> "/projects/" + i.project() + "/report-draft",
                r -> null, MEMBERS_200));
        rows.add(new Row("GET project agreement", "GET", i -> "/projects/" + i.project() + "/agreement", r -> null,
                MEMBERS_200));
        rows.add(new Row("POST project agreement acknowledge", "POST",
                i -> "/projects/" + i.project() + "/agreement/acknowledge", r -> "{}", MEMBERS_200));
        rows.add(new Row("POST report-series on issue", "POST", i -> "/report-series",
                r -> seriesBody("issue", "HR-1"), MEMBERS_201));
        rows.add(new Row("GET report-series", "GET", i -> "/report-series/" + i.series(), r -> null, MEMBERS_200));
        rows.add(new Row("POST report-series advance", "POST", i -> "/report-series/" + fresh(i, i.series(),
                AuthorizationMatrixTest::series) + "/advance", r -> "{\"occurrence\":\"" + firstOccurrence() + "\"}",
                ASKER_200));
        rows.add(new Row("GET project policy", "GET", i -> "/policies/projects/" + i.project(), r -> null, MEMBERS_200));
        rows.add(new Row("PUT project policy", "PUT", i -> "/policies/projects/" + i.project(), r -> "{}", ADMINS_200));
        rows.add(new Row("GET project type policy", "GET", i -> "/policies/projects/" + i.project() + "/types/Task",
                r -> null, MEMBERS_200));
        rows.add(new Row("PUT project type policy", "PUT", i -> "/policies/projects/" + i.project() + "/types/Task",
                r -> "{}", ADMINS_200));
        rows.add(new Row("GET project insights", "GET", i -> "/insights/projects/" + i.project(), r -> null,
                MEMBERS_200));

        // Confluence side: space PEOPLE and its page.
        rows.add(new Row("GET page async", "GET", i -> "/pages/" + i.page() + "/async", r -> null, MEMBERS_200));
        // Nobody was asked to own the page: members learn there is nothing to confirm or decline.
        rows.add(new Row("POST page ownership/confirm", "POST", i -> "/pages/" + i.page() + "/ownership/confirm",
                r -> "{}", 401, 404, 404, 404, 404, 404, 404));
        rows.add(new Row("POST page ownership/decline", "POST", i -> "/pages/" + i.page() + "/ownership/decline",
                r -> "{\"reason\":\"Not mine\"}", 401, 404, 404, 404, 404, 404, 404));
        rows.add(new Row("POST page reply-requests", "POST", i -> "/pages/" + i.page() + "/reply-requests",
                r -> "{\"recipient\":\"" + notSelf(r) + "\",\"question\":\"Which dates?\"}", MEMBERS_201));
        rows.add(new Row("POST page reply-request answer", "POST", i -> "/pages/" + i.page() + "/reply-requests/"
                + fresh(i, i.pageRequest(), () -> askOnPage(ids.page())) + "/answer",
                r -> "{\"text\":\"The first week of April.\"}", RECIPIENT_200));
        rows.add(new Row("POST reports on page", "POST", i -> "/reports", r -> reportBody("page", ids.page(), r),
                MEMBERS_201));
        rows.add(new Row("POST report-series on page", "POST", i -> "/report-series",
                r -> seriesBody("page", ids.page()), MEMBERS_201));
        rows.add(new Row("GET space agreement", "GET", i -> "/spaces/" + i.space() + "/agreement", r -> null,
                MEMBERS_200));
        rows.add(new Row("POST space agreement acknowledge", "POST",
                i -> "/spaces/" + i.space() + "/agreement/acknowledge", r -> "{}", MEMBERS_200));
        rows.add(new Row("GET space policy", "GET", i -> "/policies/spaces/" + i.space(), r -> null, MEMBERS_200));
        rows.add(new Row("PUT space policy", "PUT", i -> "/policies/spaces/" + i.space(), r -> "{}", ADMINS_200));
        rows.add(new Row("GET space type policy", "GET", i -> "/policies/spaces/" + i.space() + "/types/page",
                r -> null, MEMBERS_200));
        rows.add(new Row("PUT space type policy", "PUT", i -> "/policies/spaces/" + i.space() + "/types/page",
                r -> "{}", ADMINS_200));
        rows.add(new Row("GET space insights", "GET", i -> "/insights/spaces/" + i.space(), r -> null, MEMBERS_200));

        // About no item: the caller's own things, people, the global policy, administration.
        rows.add(new Row("GET calendar preview", "GET", i -> "/calendar/preview?user=dinesh&workingMinutes=60",
                r -> null, SIGNED_IN_200));
        rows.add(new Row("GET schedules/me", "GET", i -> "/schedules/me", r -> null, SIGNED_IN_200));
        rows.add(new Row("PUT schedules/me", "PUT", i -> "/schedules/me", r -> "{\"week\":null}", SIGNED_IN_200));
        rows.add(new Row("GET global policy", "GET", i -> "/policies/global", r -> null, SIGNED_IN_200));
        // The global policy sets every value (nothing to inherit from): the body is the one in force, sent back.
        rows.add(new Row("PUT global policy", "PUT", i -> "/policies/global", r -> globalPolicy(), GLOBAL_ADMIN_200));
        rows.add(new Row("GET users", "GET", i -> "/users?query=a&limit=5", r -> null, SIGNED_IN_200));
        rows.add(new Row("GET users/me", "GET", i -> "/users/me", r -> null, SIGNED_IN_200));
        // The group picker's search: any signed-in user, as the products' own group pickers.
        rows.add(new Row("GET groups", "GET", i -> "/groups?query=dev&limit=5", r -> null, SIGNED_IN_200));
        rows.add(new Row("GET outbox", "GET", i -> "/outbox?limit=10", r -> null, GLOBAL_ADMIN_200));
        rows.add(new Row("POST outbox retry", "POST", i -> "/outbox/999999/retry", r -> "{}",
                401, 403, 403, 403, 403, 404, 403));
        rows.add(new Row("GET attention", "GET", i -> "/attention", r -> null, GLOBAL_ADMIN_200));
        return rows;
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Row row : rows()) {
            assertThat(row.expected()).as(row.name()).hasSize(Role.values().length);
            for (Role role : Role.values()) {
                cells.add(Arguments.of(row.name(), role, row.expected()[role.ordinal()]));
            }
        }
        return cells.stream();
    }

    private static final Map<String, Row> BY_NAME = new LinkedHashMap<>();

    static {
        for (Row row : rows()) {
            BY_NAME.put(row.name(), row);
        }
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("cells")
    void eachRoleGetsTheStatusItsRightsAllow(String rowName, Role role, int expected) {
        Row row = BY_NAME.get(rowName);

        Reply reply = call(row, role, ids);

        assertThat(reply.status()).as(row.method() + " " + row.path().apply(Ids.unknown()) + " as " + role + ": "
                + reply.body()).isEqualTo(expected);
        if (expected >= 400) {
            JsonNode error = reply.json();
            assertThat(error.path("error").asText()).as(reply.body()).isNotBlank();
            assertThat(error.path("message").asText()).as(reply.body()).isNotBlank();
            assertThat(reply.body()).doesNotContain("Exception", "works.async");
        }
        if (expected == 404 && role == Role.OUTSIDER) {
            // Hidden is indistinguishable from missing: the same answer as for ids that do not exist.
            Reply unknown = call(row, role, Ids.unknown());
            assertThat(unknown.status()).isEqualTo(404);
            assertThat(reply.body()).isEqualTo(unknown.body());
        }
    }

    @org.junit.jupiter.api.Test
    void theWaitingReadListsTheCallersOwnAndNothingOfAProjectTheCallerCannotSee() {
        JsonNode dinesh = client.get("dinesh", R + "/waiting").json();
        Reply bob = client.get("bob", R + "/waiting");

        assertThat(dinesh.path("ownership").findValuesAsText("itemKey")).contains("HR-1", "HR-2");
        assertThat(bob.status()).isEqualTo(200);
        assertThat(bob.body()).doesNotContain("HR-", "Plan the spring team offsite", "\"PEOPLE\"");
    }

    @org.junit.jupiter.api.Test
    void everyPathOfTheReadmesRestApiTableHasARow() throws Exception {
        List<String> readme = java.nio.file.Files.readAllLines(java.nio.file.Path.of("..", "README.md"));
        int table = readme.indexOf("| method | path | body | answer |");
        assertThat(table).as("the README's REST API table").isPositive();
        List<String> documented = new ArrayList<>();
        for (String line : readme.subList(table + 2, readme.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            Matcher path = Pattern.compile("`(/[^`]*)`").matcher(line.split("\\|")[2]);
            while (path.find()) {
                documented.add(path.group(1).replaceAll("\\?.*", ""));
            }
        }
        List<String> tested = rows().stream().map(r -> r.path().apply(Ids.unknown()).replaceAll("\\?.*", "")).toList();

        assertThat(documented).hasSizeGreaterThan(40).allSatisfy(path -> {
            String pattern = Pattern.quote(path).replaceAll("\\{[^}]*}", "\\\\E[^/]+\\\\Q");
            assertThat(tested).as("a matrix row for " + path).anyMatch(t -> t.matches(pattern));
        });
        assertThat(cells().count()).as("cells checked").isEqualTo((long) rows().size() * Role.values().length);
    }

    // ------------------------------------------------------------------------------------------------- helpers

    private static Reply call(Row row, Role role, Ids on) {
        String path = R + row.path().apply(on);
        String body = row.body().apply(role);
        return switch (row.method()) {
            case "GET" -> client.get(role.user, path);
            case "POST" -> client.postJson(role.user, path, body == null ? "{}" : body);
            case "PUT" -> client.putJson(role.user, path, body == null ? "{}" : body);
            default -> throw new IllegalArgumentException(row.method());
        };
    }

    /** A fresh thing of the row's kind for this cell (so no cell depends on another), or the unknown id as given. */
    private static String fresh(Ids on, String current, java.util.function.Supplier<String> make) {
        return on.equals(ids) ? make.get() : current;
    }

    /** Whom a role asks or names as reviewer: the recipient, unless the caller is the recipient. */
    private static String notSelf(Role role) {
        return role == Role.RECIPIENT ? "emma" : "dinesh";
    }

    private static String askOnIssue() {
        return created(client.postJson("emma", R + "/issues/HR-1/reply-requests",
                "{\"recipient\":\"dinesh\",\"question\":\"Which venue do we book?\"}"));
    }

    private static String askOnPage(String pageId) {
        return created(client.postJson("emma", R + "/pages/" + pageId + "/reply-requests",
                "{\"recipient\":\"dinesh\",\"question\":\"Which dates work for you?\"}"));
    }

    private static String report() {
        return created(client.postJson("emma", R + "/reports", reportBody("issue", "HR-1", Role.ASKER)));
    }

    private static String series() {
        return created(client.postJson("emma", R + "/report-series", seriesBody("issue", "HR-1")));
    }

    private static String reportBody(String kind, String key, Role role) {
        return "{\"" + kind + "\":\"" + key + "\",\"title\":\"Offsite status\",\"body\":\"Venue booked.\","
                + "\"meeting\":{\"name\":\"Offsite sync\",\"usualMinutes\":30,\"attendees\":5},"
                + "\"requiredReviewers\":[\"" + notSelf(role) + "\"]}";
    }

    private static String seriesBody(String kind, String key) {
        return "{\"" + kind + "\":\"" + key + "\",\"cadence\":\"WEEKLY\",\"firstOccurrence\":\"" + firstOccurrence()
                + "\",\"meeting\":{\"name\":\"Offsite sync\",\"usualMinutes\":30,\"attendees\":5}}";
    }

    /** Tomorrow (UTC), today or later in every demo zone. */
    private static String firstOccurrence() {
        return java.time.LocalDate.ofInstant(NOW, java.time.ZoneOffset.UTC).plusDays(1).toString();
    }

    private static String globalPolicy() {
        JsonNode own = client.get("admin", R + "/policies/global").json().get("own");
        ((com.fasterxml.jackson.databind.node.ObjectNode) own).remove("version");
        return own.toString();
    }

    private static String created(Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonNode json = reply.json();
        return (json.isArray() ? json.get(0) : json).get("id").asText();
    }
}

package works.async.plugin.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.plugin.rest.RestHarness.json;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import works.async.plugin.ao.PersonalScheduleEntity;
import works.async.plugin.ao.PolicyEntity;

/**
 * The three inputs that, found by testing the running sandbox, stopped every reminder and escalation: each is refused
 * at the API naming the field, and rows already holding such data (written by an older version) can still be read,
 * repaired by an administrator and computed with.
 */
class JobStoppingInputsTest {

    private static final Instant SIX_YEARS_OFF_FROM = Instant.parse("2026-03-02T00:00:00Z"); // the fixture's Monday

    private final RestHarness rest = new RestHarness();

    @Test
    void sixBackToBackYearLongAbsencesAreRefusedAsTooMuchTimeOffAndNothingIsSaved() {
        RestHarness.Reply refused = rest.put("bob", "schedules/me", scheduleWithAbsences(6));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems")).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                .containsExactly("timeOff too_much_time_off");
        assertThat(refused.body().get("problems").get(0).get("message").asText()).contains("732 days");
        assertThat(rest.get("bob", "schedules/me").body().get("version").asLong()).isZero();
    }

    @Test
    void twoYearLongAbsencesAreAcceptedAndBobCanStillBeAskedWithADeadlineAfterThem() {
        assertThat(rest.put("bob", "schedules/me", scheduleWithAbsences(2)).status()).isEqualTo(200);

        RestHarness.Reply asked = rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Still there?'}"));

        assertThat(asked.status()).isEqualTo(201);
        assertThat(Instant.parse(asked.body().get("dueAt").asText()))
                .isAfter(SIX_YEARS_OFF_FROM.plus(Duration.ofDays(732)));
        rest.f.app.escalation().runOnce();
    }

    @Test
    void aPersonWhoseStoredTimeOffLeavesNoWorkingTimeIsA409NamingTheRecipientNotA500() {
        // As an older version, which had no bound on all absences together, could store: 26 years off.
        storeScheduleDirectly("bob", absencesText(26));

        RestHarness.Reply asked = rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Still there?'}"));

        assertThat(asked.status()).isEqualTo(409);
        assertThat(asked.body().get("error").asText()).isEqualTo("no_working_time");
        assertThat(asked.body().get("field").asText()).isEqualTo("recipient");
        assertThat(asked.body().get("message").asText()).contains("no working time in the next 25 years");
        assertThat(asked.raw()).doesNotContain("Exception", "works.async");
        assertThat(rest.get("bob", "schedules/me").status()).isEqualTo(200);
        assertThat(rest.put("bob", "schedules/me", scheduleWithAbsences(1)).status()).isEqualTo(200);
        assertThat(rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Still there?'}")).status()).isEqualTo(201);
    }

    @Test
    void aNewlineInACoordinatorNameIsRefusedNamingTheNameAndNothingIsSaved() {
        RestHarness.Reply refused = rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'USER','name':'bob\\nGROUPX'}]}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("field").asText()).isEqualTo("ownership.coordinators[0].name");
        assertThat(refused.body().get("problems").get(0).get("code").asText()).isEqualTo("control_character");
        RestHarness.Reply read = rest.get("admin", "policies/projects/DEMO");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("version").asLong()).isZero();
    }

    @Test
    void aStoredCoordinatorWithANewlineStillReadsAndAnAdministratorRepairsIt() {
        // The line-per-entry form an older version wrote for coordinator "bob\nGROUPX": a second line without a kind.
        storePolicyDirectly("CONTAINER:JIRA_PROJECT:DEMO", Map.of("COORDINATORS", "#USER:bob\nGROUPX"));

        RestHarness.Reply read = rest.get("admin", "policies/projects/DEMO");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("own").get("ownership").get("coordinators").toString()).contains("bob");
        assertThat(rest.get("alice", "issues/DEMO-1/async").status()).isEqualTo(200);
        assertThat(rest.get("alice", "insights/projects/DEMO?weeks=4").status()).isEqualTo(200);
        assertThat(rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Who coordinates?'}")).status()).isEqualTo(201);
        rest.f.app.escalation().runOnce();

        rest.f.host.groups.put("leads", Set.of("carol")); // a repair names a group the host has
        RestHarness.Reply repaired = rest.put("admin", "policies/projects/DEMO",
                json("{'ownership':{'coordinators':[{'kind':'GROUP','name':'leads'}]}}"));

        assertThat(repaired.status()).isEqualTo(200);
        assertThat(rest.get("admin", "policies/projects/DEMO").body().get("own").get("ownership").get("coordinators")
                .toString()).isEqualTo(json("[{'kind':'GROUP','name':'leads'}]"));
    }

    @Test
    void theProjectAdministratorCanRepairAPolicyRowThatCannotBeReadAtAll() {
        storePolicyDirectly("CONTAINER:JIRA_PROJECT:DEMO", Map.of("COORDINATORS", "no mark", "DIGEST_AT", "25:99",
                "DEFAULT_PATTERN", "#FUNDAY 1-2", "REPLY_WINDOWS_BY_PRIORITY", "#x\tHigh", "ESCALATION_KIND", "NOBODY"));
        rest.f.host.containerAdmins.put("DEMO", Set.of("alice"));

        assertThat(rest.get("alice", "policies/projects/DEMO").status()).isEqualTo(200);
        RestHarness.Reply repaired = rest.put("alice", "policies/projects/DEMO",
                json("{'notifications':{'digestAt':'08:30'}}"));

        assertThat(repaired.status()).isEqualTo(200);
        assertThat(repaired.body().get("effective").get("notifications.digestAt").get("value").asText()).isEqualTo("08:30");
    }

    @Test
    void twoThousandTwoHundredHolidaysOnAnIssueTypePolicyAreRefusedAsTooMany() {
        RestHarness.Reply refused = rest.put("admin", "policies/projects/DEMO/types/Task",
                json("{'calendar':{'holidays':" + holidays(2_200) + "}}"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("problems")).extracting(p -> p.get("field").asText() + " " + p.get("code").asText())
                .containsExactly("calendar.holidays too_many");
        assertThat(rest.get("admin", "policies/projects/DEMO/types/Task").body().get("version").asLong()).isZero();
        assertThat(rest.put("admin", "policies/projects/DEMO/types/Task",
                json("{'calendar':{'holidays':" + holidays(366) + "}}")).status()).isEqualTo(200);
    }

    @Test
    void sixYearsOfStoredTimeOffStillGiveADeadlineAfterThemAndTheJobRuns() {
        storeScheduleDirectly("bob", absencesText(6));

        RestHarness.Reply asked = rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Still there?'}"));

        assertThat(asked.status()).isEqualTo(201);
        assertThat(Instant.parse(asked.body().get("dueAt").asText()))
                .isAfter(SIX_YEARS_OFF_FROM.plus(Duration.ofDays(6 * 366)));
        rest.f.clock.set(SIX_YEARS_OFF_FROM.plus(Duration.ofDays(6 * 366 + 30)));
        rest.f.app.escalation().runOnce();
    }

    @Test
    void aStoredIssueTypePolicyWithTwoThousandTwoHundredHolidaysIsRepairedByAPut() {
        String days = IntStream.range(0, 2_200).mapToObj(i -> java.time.LocalDate.of(2026, 3, 2).plusDays(i).toString())
                .collect(Collectors.joining("\n", "#", ""));
        storePolicyDirectly("ITEM_TYPE:JIRA_PROJECT:4:DEMO:Task", Map.of("HOLIDAYS", days));

        assertThat(rest.get("admin", "policies/projects/DEMO/types/Task").status()).isEqualTo(200);
        RestHarness.Reply asked = rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Any day now?'}"));
        assertThat(asked.status()).isEqualTo(201); // six years of holidays: due after them, within the search
        assertThat(asked.body().get("dueAt").asText()).startsWith("2032-");
        rest.f.app.escalation().runOnce();

        assertThat(rest.put("admin", "policies/projects/DEMO/types/Task",
                json("{'version':1,'calendar':{'holidays':['2026-12-25']}}")).status()).isEqualTo(200);
        assertThat(rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'Any day now?'}")).status()).isEqualTo(201);
        rest.f.app.escalation().runOnce();
    }

    @Test
    void renegotiatingToYearOneHundredThousandOrTheLargestInstantIsRefusedNamingUntil() {
        String id = rest.post("carol", "issues/DEMO-1/reply-requests",
                json("{'recipient':'bob','question':'When?'}")).body().get("id").asText();

        for (String until : List.of("+100000-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z", "2200-01-01T00:00:00Z")) {
            RestHarness.Reply refused = rest.post("bob", "reply-requests/" + id + "/renegotiate",
                    json("{'until':'" + until + "'}"));

            assertThat(refused.status()).as(until).isEqualTo(400);
            assertThat(refused.body().get("error").asText()).isEqualTo("out_of_range");
            assertThat(refused.body().get("field").asText()).isEqualTo("until");
        }
        assertThat(rest.post("bob", "reply-requests/" + id + "/renegotiate",
                json("{'until':'2199-12-31T23:59:59Z'}")).status()).isEqualTo(200);
        rest.f.app.escalation().runOnce();
    }

    private static String scheduleWithAbsences(int years) {
        List<String> absences = new ArrayList<>();
        Instant from = SIX_YEARS_OFF_FROM;
        for (int i = 0; i < years; i++) {
            Instant to = from.plus(Duration.ofDays(366));
            absences.add("{'from':'" + from + "','to':'" + to + "'}");
            from = to;
        }
        return json("{'timeOff':[" + String.join(",", absences) + "]}");
    }

    private static String absencesText(int years) {
        StringBuilder text = new StringBuilder("#");
        Instant from = SIX_YEARS_OFF_FROM;
        for (int i = 0; i < years; i++) {
            Instant to = from.plus(Duration.ofDays(366));
            text.append(i == 0 ? "" : "\n").append(from.toEpochMilli()).append(' ').append(to.toEpochMilli());
            from = to;
        }
        return text.toString();
    }

    private static String holidays(int count) {
        return IntStream.range(0, count).mapToObj(i -> "'" + java.time.LocalDate.of(2026, 3, 2).plusDays(i) + "'")
                .collect(Collectors.joining(",", "[", "]")).replace('\'', '"');
    }

    private void storePolicyDirectly(String id, Map<String, Object> columns) {
        Map<String, Object> row = new HashMap<>(columns);
        row.put("ID", id);
        row.put("VERSION", 1L);
        rest.f.ao.create(PolicyEntity.class, row);
    }

    private void storeScheduleDirectly(String user, String timeOff) {
        Map<String, Object> row = new HashMap<>();
        row.put("ID", user);
        row.put("HOLIDAYS", "#");
        row.put("TIME_OFF", timeOff);
        row.put("VERSION", 1L);
        rest.f.ao.create(PersonalScheduleEntity.class, row);
    }
}

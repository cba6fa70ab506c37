package works.async.plugin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import works.async.core.ItemRef;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.ReportSeries;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/**
 * Every kind of notification the outbox sends (the reminder and the escalation of a reply, an ownership, a report's
 * feedback; the author's reminder of a report series; an escalation standing for missed ones; an urgent one), as its
 * reader gets it: the item by key and summary, what was asked, the due time on the reader's clock saying it is their
 * zone and naming it, and the absolute link. The renderer prints the values the template receives.
 */
class NotificationKindsMailTest {

    /** Wednesday 11 March 2026 08:00 UTC: 09:00 in Berlin, 17:00 in Tokyo. */
    private static final Instant DUE = Instant.parse("2026-03-11T08:00:00Z");
    private static final ItemRef ISSUE = ItemRef.issue("DEMO", "DEMO-7");

    private static final HostUser BERLIN = new HostUser("anna-key", "anna", "Anna Berg", ZoneId.of("Europe/Berlin"));
    private static final HostUser TOKYO = new HostUser("kenji-key", "kenji", "Kenji Sato", ZoneId.of("Asia/Tokyo"));

    /** The request id of each kind, in the form its store is asked by. */
    private static final Map<DeadlineKind, String> IDS = new EnumMap<>(Map.of(
            DeadlineKind.REPLY, MailFixtures.REQUEST,
            DeadlineKind.OWNERSHIP, "o1",
            DeadlineKind.REPORT_FEEDBACK, "rep1/anna-key",
            DeadlineKind.REPORT_SERIES, "s1/3"));

    /** What the mail quotes for each kind: the question, nothing (ownership), the report's title, the meeting. */
    private static final Map<DeadlineKind, String> ASKED = new EnumMap<>(Map.of(
            DeadlineKind.REPLY, "Which database do we keep?",
            DeadlineKind.REPORT_FEEDBACK, "Sprint 12 status",
            DeadlineKind.REPORT_SERIES, "Weekly sync"));

    private final ReplyRequestStore replies = mock(ReplyRequestStore.class);
    private final OwnershipRequestStore ownership = mock(OwnershipRequestStore.class);
    private final MeetingReportStore reports = mock(MeetingReportStore.class);
    private final UserDirectory people = mock(UserDirectory.class);
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private NotificationMails mails;

    @BeforeEach
    void setUp() throws Exception {
        when(replies.findById(MailFixtures.REQUEST))
                .thenReturn(Optional.of(MailFixtures.question(ISSUE, ASKED.get(DeadlineKind.REPLY))));
        OwnershipRequest owned = mock(OwnershipRequest.class);
        when(owned.item()).thenReturn(ISSUE);
        when(ownership.findById("o1")).thenReturn(Optional.of(owned));
        MeetingReport report = mock(MeetingReport.class);
        when(report.item()).thenReturn(ISSUE);
        when(report.title()).thenReturn(ASKED.get(DeadlineKind.REPORT_FEEDBACK));
        when(reports.findById("rep1")).thenReturn(Optional.of(report));
        ReportSeries series = mock(ReportSeries.class);
        when(series.item()).thenReturn(ISSUE);
        when(series.meeting()).thenReturn(new ReplacedMeeting(ASKED.get(DeadlineKind.REPORT_SERIES), 30, 6));
        when(reports.findSeries("s1")).thenReturn(Optional.of(series));
        when(people.byKey(BERLIN.key())).thenReturn(Optional.of(BERLIN));
        when(people.byKey(TOKYO.key())).thenReturn(Optional.of(TOKYO));
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/jira");
        mails = new NotificationMails(new MailTexts(), locales, MailFixtures.printingRenderer(), application,
                new NotifiedRequests(replies, ownership, reports), people, new MailedItems() {
                    @Override
                    public String nameOf(ItemRef item) {
                        return item.itemKey();
                    }

                    @Override
                    public Optional<String> summaryOf(ItemRef item) {
                        return Optional.of("Pick the database");
                    }

                    @Override
                    public Optional<String> pathOf(ItemRef item) {
                        return Optional.of("/browse/" + item.itemKey());
                    }
                }, "Jira");
    }

    @ParameterizedTest
    @EnumSource(DeadlineKind.class)
    void aReminderNamesTheItemWhatWasAskedTheDueTimeInTheReadersZoneAndLinksTheItem(DeadlineKind kind) {
        ComposedMail mail = mails.compose(reminder(kind, BERLIN), BERLIN);

        assertThat(mail.subject()).startsWith("[DEMO-7 Pick the database] ")
                .endsWith(" Wed 11 Mar 2026 09:00 (Europe/Berlin)");
        assertThat(mail.htmlBody()).containsPattern("lead=[^\\n]*DEMO-7 Pick the database").contains(
                "greeting=Hello Anna Berg,", "due=Due Wed 11 Mar 2026 09:00 in your time zone (Europe/Berlin)",
                "link=https://jira.example.com/jira/browse/DEMO-7", "linkText=Open DEMO-7 Pick the database");
        assertAsked(kind, mail);
    }

    @ParameterizedTest
    @EnumSource(value = DeadlineKind.class, names = "REPORT_SERIES", mode = EnumSource.Mode.EXCLUDE)
    void anEscalationSaysWhoHasNotDoneWhatOnTheItemOnTheReadersClock(DeadlineKind kind) {
        // Anna (Berlin) owes it; Kenji (Tokyo) reads the escalation: the time is his, the name is hers.
        Notification escalation = new Notification(new NotificationKey(IDS.get(kind), kind, 1), TOKYO.key(),
                BERLIN.key(), DUE, DUE, false);

        ComposedMail mail = mails.compose(escalation, TOKYO);

        assertThat(mail.subject()).isEqualTo("[DEMO-7 Pick the database] Anna Berg has not " + escalated(kind)
                + "; it was due Wed 11 Mar 2026 17:00 (Asia/Tokyo)");
        assertThat(mail.htmlBody()).contains("greeting=Hello Kenji Sato,", "lead=Anna Berg has not ",
                "DEMO-7 Pick the database in time.", "due=Due Wed 11 Mar 2026 17:00 in your time zone (Asia/Tokyo)",
                "link=https://jira.example.com/jira/browse/DEMO-7").doesNotContain("missed=", "urgent=");
        assertAsked(kind, mail);
    }

    @Test
    void theReadersLanguageWritesTheDueTimeAndSaysItIsTheirZone() {
        when(locales.getLocale(new UserKey(BERLIN.key()))).thenReturn(java.util.Locale.GERMANY);

        ComposedMail mail = mails.compose(reminder(DeadlineKind.REPLY, BERLIN), BERLIN);

        assertThat(mail.subject()).isEqualTo("[DEMO-7 Pick the database] Deine Antwort ist f\u00e4llig: "
                + "Mi. 11 M\u00e4rz 2026 09:00 (Europe/Berlin)");
        assertThat(mail.htmlBody()).contains("due=F\u00e4llig Mi. 11 M\u00e4rz 2026 09:00 in deiner Zeitzone"
                + " (Europe/Berlin)", "greeting=Hallo Anna Berg,");
    }

    @Test
    void aCatchUpEscalationSaysWhichEarlierOnesItStandsFor() {
        Notification second = new Notification(new NotificationKey(IDS.get(DeadlineKind.OWNERSHIP),
                DeadlineKind.OWNERSHIP, 2), TOKYO.key(), BERLIN.key(), DUE, DUE, false).withMissedLevels(1);

        String body = mails.compose(second, TOKYO).htmlBody();

        assertThat(body).contains("missed=An earlier escalation of this request fell due while notifications could"
                + " not be sent", "lead=Anna Berg has not confirmed or declined ownership of DEMO-7 Pick the database");
    }

    @Test
    void anUrgentOneSentOutsideWorkingHoursSaysWhy() {
        Notification urgent = new Notification(NotificationKey.reminder(MailFixtures.REQUEST, DeadlineKind.REPLY),
                BERLIN.key(), BERLIN.key(), DUE, DUE, true);

        assertThat(mails.compose(urgent, BERLIN).htmlBody())
                .contains("urgent=This was marked urgent, so it is sent now even though it is outside your working hours.");
        assertThat(mails.compose(reminder(DeadlineKind.REPLY, BERLIN), BERLIN).htmlBody()).doesNotContain("urgent=");
    }

    private static Notification reminder(DeadlineKind kind, HostUser who) {
        return new Notification(NotificationKey.reminder(IDS.get(kind), kind), who.key(), who.key(), DUE, DUE, false);
    }

    private static String escalated(DeadlineKind kind) {
        return switch (kind) {
            case REPLY -> "answered";
            case OWNERSHIP -> "confirmed ownership";
            case REPORT_FEEDBACK -> "given feedback on a report";
            case REPORT_SERIES -> "written the next report";
        };
    }

    /** The question, report or meeting is quoted under its label; an ownership asks nothing in words. */
    private static void assertAsked(DeadlineKind kind, ComposedMail mail) {
        if (kind == DeadlineKind.OWNERSHIP) {
            assertThat(mail.htmlBody()).doesNotContain("subject=");
            return;
        }
        String label = switch (kind) {
            case REPLY -> "Question:";
            case REPORT_FEEDBACK -> "Report:";
            default -> "Meeting:";
        };
        assertThat(mail.htmlBody()).contains("subjectLabel=" + label, "subject=" + ASKED.get(kind));
    }
}

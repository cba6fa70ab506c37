package works.async.jira.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static works.async.plugin.mail.MailFixtures.REQUEST;
import static works.async.plugin.mail.MailFixtures.escalation;
import static works.async.plugin.mail.MailFixtures.printingRenderer;
import static works.async.plugin.mail.MailFixtures.question;
import static works.async.plugin.mail.MailFixtures.reminder;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.atlassian.jira.bc.group.search.GroupPickerSearchService;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import works.async.core.ItemRef;
import works.async.plugin.mail.MailTexts;
import works.async.plugin.mail.NotificationMails;
import works.async.plugin.mail.NotifiedRequests;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.ItemAccess;

/**
 * What a person finds in their inbox: Jira's mailer over a mocked mail queue, users, locales, base URL and template
 * renderer (MailFixtures: the body shows exactly what the template receives).
 * No test reads the clock: the due time is fixed, and only the readers' zones differ.
 */
class JiraMailerTest {

    private static final ItemRef ISSUE = ItemRef.issue("DEMO", "DEMO-7");

    private static final HostUser ALICE = new HostUser("alice-key", "alice", "Alice Adler", ZoneId.of("Europe/Berlin"));
    private static final HostUser BOB = new HostUser("bob-key", "bob", "Bob Brown", ZoneId.of("America/New_York"));

    private final MailQueue queue = mock(MailQueue.class);
    private final UserManager users = mock(UserManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private TemplateRenderer renderer;
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final ReplyRequestStore replies = mock(ReplyRequestStore.class);
    private final ItemAccess items = mock(ItemAccess.class);

    private JiraMailer mailer;

    @BeforeEach
    void setUp() throws Exception {
        user(ALICE, "alice@example.com");
        user(BOB, "bob@example.com");
        when(locales.getLocale(new UserKey(ALICE.key()))).thenReturn(Locale.GERMANY);
        when(locales.getLocale(new UserKey(BOB.key()))).thenReturn(Locale.US);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example.com/jira/");
        renderer = printingRenderer();
        when(replies.findById(REQUEST)).thenReturn(Optional.of(question(ISSUE, "Which database do we keep?")));
        when(items.find(ItemRef.Kind.JIRA_ISSUE, "DEMO-7")).thenReturn(Optional.of(new HostItem(ISSUE,
                "Pick the database", "Task", "Major", BOB.key(), ALICE.key(), ALICE.key(), false)));

        JiraUserDirectory people = new JiraUserDirectory(users, mock(UserSearchService.class),
                mock(TimeZoneManager.class), mock(GroupManager.class), mock(GroupPickerSearchService.class),
                mock(GlobalPermissionManager.class));
        mailer = new JiraMailer(queue, users, new NotificationMails(new MailTexts(), locales, renderer, application,
                new NotifiedRequests(replies, mock(OwnershipRequestStore.class), mock(MeetingReportStore.class)),
                people, JiraMailer.issues(items), "Jira"));
    }

    @Test
    void twoReadersGetTheReminderInTheirOwnLanguageAndOnTheirOwnClock() {
        mailer.deliver(reminder(ALICE), ALICE);
        mailer.deliver(reminder(BOB), BOB);

        List<Email> mails = queued(2);
        Email toAlice = mails.get(0);
        Email toBob = mails.get(1);

        assertThat(toAlice.getTo()).isEqualTo("alice@example.com");
        assertThat(toAlice.getSubject()).startsWith("[DEMO-7 Pick the database] Deine Antwort ist f\u00e4llig: ")
                .contains("M\u00e4rz 2026 09:00 (Europe/Berlin)");
        assertThat(toAlice.getBody()).contains("greeting=Hallo Alice Adler,", "subject=Which database do we keep?")
                .contains("09:00 in deiner Zeitzone (Europe/Berlin)");

        assertThat(toBob.getTo()).isEqualTo("bob@example.com");
        assertThat(toBob.getSubject())
                .isEqualTo("[DEMO-7 Pick the database] Your reply is due Wed 11 Mar 2026 04:00 (America/New_York)");
        assertThat(toBob.getBody()).contains("greeting=Hello Bob Brown,",
                "lead=You were asked a question on DEMO-7 Pick the database.", "subjectLabel=Question:",
                "due=Due Wed 11 Mar 2026 04:00 in your time zone (America/New_York)");

        assertThat(List.of(toAlice, toBob)).allSatisfy(mail -> {
            assertThat(mail.getMimeType()).isEqualTo("text/html");
            assertThat(mail.getEncoding()).isEqualTo("UTF-8");
        });
    }

    @Test
    void theIssueLinkKeepsJirasContextPath() {
        mailer.deliver(reminder(BOB), BOB);

        assertThat(queued(1).get(0).getBody()).contains("link=https://jira.example.com/jira/browse/DEMO-7",
                "linkText=Open DEMO-7 Pick the database");
    }

    @Test
    void eachCallPutsExactlyOneMailForOneAddresseeOnTheQueue() {
        mailer.deliver(reminder(BOB), BOB);

        ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue).addItem(item.capture());
        assertThat(item.getAllValues()).singleElement().isInstanceOf(SingleMailQueueItem.class)
                .satisfies(only -> assertThat(((SingleMailQueueItem) only).getEmail().getTo())
                        .isEqualTo("bob@example.com"));
    }

    @Test
    void anEscalationNamesWhoHasNotAnswered() {
        mailer.deliver(escalation(BOB, ALICE), BOB);

        Email mail = queued(1).get(0);
        assertThat(mail.getSubject())
                .isEqualTo("[DEMO-7 Pick the database] Alice Adler has not answered; it was due Wed 11 Mar 2026 04:00"
                        + " (America/New_York)");
        assertThat(mail.getBody()).contains("lead=Alice Adler has not answered a question on DEMO-7 Pick the database"
                + " in time.");
    }

    @Test
    void aUserWithoutAnAddressIsRefusedWithAMessageSayingSo() {
        user(BOB, "  ");

        assertThatThrownBy(() -> mailer.deliver(reminder(BOB), BOB)).isInstanceOf(RuntimeException.class)
                .hasMessage("Jira has no e-mail address for bob.");
        verify(queue, never()).addItem(any());
    }

    @Test
    void aQueueThatRefusesTheMailIsReportedWithWhatItSaid() {
        doThrow(new IllegalStateException("mail queue is full")).when(queue).addItem(any());

        assertThatThrownBy(() -> mailer.deliver(reminder(BOB), BOB)).isInstanceOf(RuntimeException.class)
                .hasMessage("Jira's mail queue did not take the mail: mail queue is full");
    }

    @Test
    void aRequestThatNoLongerExistsStillGetsAMailNamingTheDueTime() {
        when(replies.findById(REQUEST)).thenReturn(Optional.empty());

        mailer.deliver(reminder(BOB), BOB);

        Email mail = queued(1).get(0);
        assertThat(mail.getTo()).isEqualTo("bob@example.com");
        assertThat(mail.getSubject())
                .isEqualTo("Async Work: something you were asked was due Wed 11 Mar 2026 04:00 (America/New_York)");
        assertThat(mail.getBody()).contains("due=Due Wed 11 Mar 2026 04:00 in your time zone (America/New_York)",
                "gone=What this was about no longer exists").doesNotContain("link=", "subject=");
    }

    private List<Email> queued(int expected) {
        ArgumentCaptor<MailQueueItem> items = ArgumentCaptor.forClass(MailQueueItem.class);
        verify(queue, times(expected)).addItem(items.capture());
        return items.getAllValues().stream().map(item -> ((SingleMailQueueItem) item).getEmail()).toList();
    }

    private void user(HostUser who, String address) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(who.key());
        when(user.getUsername()).thenReturn(who.username());
        when(user.getDisplayName()).thenReturn(who.displayName());
        when(user.getEmailAddress()).thenReturn(address);
        when(users.getUserByKey(who.key())).thenReturn(user);
    }


}

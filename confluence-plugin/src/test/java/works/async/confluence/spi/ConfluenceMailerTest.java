package works.async.confluence.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
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

import java.io.Writer;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.Email;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.templaterenderer.RenderingException;
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
import works.async.plugin.spi.HostUser;

/**
 * What a person finds in their inbox from Confluence: the mailer over a mocked task queue, users, pages, locales, base
 * URL and template renderer
 * (MailFixtures: the body shows exactly what the template receives). No test reads the clock: the due
 * time is fixed, and only the readers' zones differ.
 */
class ConfluenceMailerTest {

    private static final ItemRef PAGE = ItemRef.page("DOCS", "42");

    private static final HostUser ALICE = new HostUser("k-alice", "alice", "Alice Adler", ZoneId.of("Europe/Berlin"));
    private static final HostUser BOB = new HostUser("k-bob", "bob", "Bob Brown", ZoneId.of("America/New_York"));

    private final MultiQueueTaskManager tasks = mock(MultiQueueTaskManager.class);
    private final UserAccessor users = mock(UserAccessor.class);
    private final PageManager pages = mock(PageManager.class);
    private final LocaleResolver locales = mock(LocaleResolver.class);
    private TemplateRenderer renderer;
    private final ApplicationProperties application = mock(ApplicationProperties.class);
    private final ReplyRequestStore replies = mock(ReplyRequestStore.class);

    private ConfluenceMailer mailer;

    @BeforeEach
    void setUp() throws Exception {
        user(ALICE, "alice@example.com");
        user(BOB, "bob@example.com");
        when(locales.getLocale(new UserKey(ALICE.key()))).thenReturn(Locale.GERMANY);
        when(locales.getLocale(new UserKey(BOB.key()))).thenReturn(Locale.US);
        when(application.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://wiki.example.com/confluence/");
        AbstractPage plan = mock(AbstractPage.class);
        when(plan.getTitle()).thenReturn("Launch plan");
        when(pages.getAbstractPage(42L)).thenReturn(plan);
        renderer = printingRenderer();
        when(replies.findById(REQUEST)).thenReturn(Optional.of(question(PAGE, "Which database do we keep?")));

        ConfluenceUserDirectory people = new ConfluenceUserDirectory(users, mock(TimeZoneManager.class));
        mailer = new ConfluenceMailer(tasks, users, new NotificationMails(new MailTexts(), locales, renderer,
                application, new NotifiedRequests(replies, mock(OwnershipRequestStore.class),
                mock(MeetingReportStore.class)), people, ConfluenceMailer.pages(pages), "Confluence"));
    }

    @Test
    void twoReadersGetTheReminderInTheirOwnLanguageAndOnTheirOwnClockNamingThePage() {
        mailer.deliver(reminder(ALICE), ALICE);
        mailer.deliver(reminder(BOB), BOB);

        List<Email> mails = queued(2);
        Email toAlice = mails.get(0);
        Email toBob = mails.get(1);

        assertThat(toAlice.getTo()).isEqualTo("alice@example.com");
        assertThat(toAlice.getSubject()).startsWith("[Launch plan] Deine Antwort ist f\u00e4llig: ")
                .contains("M\u00e4rz 2026 09:00 (Europe/Berlin)");
        assertThat(toAlice.getBody()).contains("greeting=Hallo Alice Adler,", "subject=Which database do we keep?",
                "09:00 in deiner Zeitzone (Europe/Berlin)", "linkText=Launch plan \u00f6ffnen");

        assertThat(toBob.getTo()).isEqualTo("bob@example.com");
        assertThat(toBob.getSubject())
                .isEqualTo("[Launch plan] Your reply is due Wed 11 Mar 2026 04:00 (America/New_York)");
        assertThat(toBob.getBody()).contains("greeting=Hello Bob Brown,",
                "lead=You were asked a question on Launch plan.", "subjectLabel=Question:",
                "due=Due Wed 11 Mar 2026 04:00 in your time zone (America/New_York)");

        assertThat(List.of(toAlice, toBob)).allSatisfy(mail -> {
            assertThat(mail.getMimeType()).isEqualTo("text/html");
            assertThat(mail.getEncoding()).isEqualTo("UTF-8");
        });
    }

    @Test
    void thePageLinkIsAbsoluteByIdAndKeepsConfluencesContextPath() {
        mailer.deliver(reminder(BOB), BOB);

        assertThat(queued(1).get(0).getBody())
                .contains("link=https://wiki.example.com/confluence/pages/viewpage.action?pageId=42",
                        "linkText=Open Launch plan");
    }

    @Test
    void anActionItemsMailLinksItsPage() {
        when(replies.findById(REQUEST)).thenReturn(Optional.of(question(ItemRef.page("DOCS", "42-release-notes"),
                "Can you own this?")));

        mailer.deliver(reminder(BOB), BOB);

        assertThat(queued(1).get(0).getBody())
                .contains("link=https://wiki.example.com/confluence/pages/viewpage.action?pageId=42");
    }

    @Test
    void eachCallPutsExactlyOneMailTaskForOneAddresseeOnConfluencesMailQueue() {
        mailer.deliver(reminder(BOB), BOB);

        ArgumentCaptor<Task> task = ArgumentCaptor.forClass(Task.class);
        verify(tasks).addTask(eq("mail"), task.capture());
        assertThat(task.getAllValues()).singleElement().isInstanceOf(MailTask.class)
                .satisfies(only -> assertThat(((MailTask) only).email().getTo()).isEqualTo("bob@example.com"));
    }

    @Test
    void anEscalationNamesWhoHasNotAnswered() {
        mailer.deliver(escalation(BOB, ALICE), BOB);

        Email mail = queued(1).get(0);
        assertThat(mail.getTo()).isEqualTo("bob@example.com");
        assertThat(mail.getSubject()).isEqualTo(
                "[Launch plan] Alice Adler has not answered; it was due Wed 11 Mar 2026 04:00 (America/New_York)");
    }

    @Test
    void aUserWithoutAnAddressIsRefusedWithAMessageSayingSo() {
        user(BOB, " ");

        assertThatThrownBy(() -> mailer.deliver(reminder(BOB), BOB)).isInstanceOf(RuntimeException.class)
                .hasMessage("Confluence has no e-mail address for bob.");
        verify(tasks, never()).addTask(anyString(), any());
    }

    @Test
    void aQueueThatRefusesTheTaskIsReportedWithWhatItSaid() {
        doThrow(new IllegalStateException("cluster buffer unavailable")).when(tasks).addTask(eq("mail"), any());

        assertThatThrownBy(() -> mailer.deliver(reminder(BOB), BOB)).isInstanceOf(RuntimeException.class)
                .hasMessage("Confluence's mail queue did not take the mail: cluster buffer unavailable");
    }

    @Test
    void aQueueThatRefusesSilentlyIsStillReported() {
        doThrow(new IllegalStateException()).when(tasks).addTask(eq("mail"), any());

        assertThatThrownBy(() -> mailer.deliver(reminder(BOB), BOB)).isInstanceOf(RuntimeException.class)
                .hasMessage("Confluence's mail queue did not take the mail.");
    }

    @Test
    void aMailWhoseTemplateCannotBeRenderedIsRefusedAndNotQueued() throws Exception {
        doThrow(new RenderingException("unexpected token")).when(renderer)
                .render(eq("templates/mail/notification.vm"), anyMap(), any(Writer.class));

        assertThatThrownBy(() -> mailer.deliver(reminder(BOB), BOB)).isInstanceOf(RuntimeException.class)
                .hasMessage("The mail text could not be written from its template.");
        verify(tasks, never()).addTask(anyString(), any());
    }

    @Test
    void aRequestThatNoLongerExistsStillGetsAMailNamingTheDueTime() {
        when(replies.findById(REQUEST)).thenReturn(Optional.empty());

        mailer.deliver(reminder(BOB), BOB);

        Email mail = queued(1).get(0);
        assertThat(mail.getSubject())
                .isEqualTo("Async Work: something you were asked was due Wed 11 Mar 2026 04:00 (America/New_York)");
        assertThat(mail.getBody()).contains("gone=What this was about no longer exists")
                .doesNotContain("link=", "subject=");
    }

    private List<Email> queued(int expected) {
        ArgumentCaptor<Task> items = ArgumentCaptor.forClass(Task.class);
        verify(tasks, times(expected)).addTask(eq("mail"), items.capture());
        return items.getAllValues().stream().map(task -> ((MailTask) task).email()).toList();
    }

    private void user(HostUser who, String address) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(who.key()));
        when(user.getName()).thenReturn(who.username());
        when(user.getFullName()).thenReturn(who.displayName());
        when(user.getEmail()).thenReturn(address);
        when(users.getUserByKey(new UserKey(who.key()))).thenReturn(user);
    }


}

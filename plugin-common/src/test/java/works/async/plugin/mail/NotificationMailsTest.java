package works.async.plugin.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static works.async.plugin.mail.MailFixtures.REQUEST;
import static works.async.plugin.mail.MailFixtures.escalation;
import static works.async.plugin.mail.MailFixtures.question;

import java.time.ZoneId;
import java.util.Optional;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.LocaleResolver;
import org.junit.jupiter.api.Test;

import works.async.core.ItemRef;
import works.async.core.escalation.DeadlineKind;
import works.async.core.escalation.Notification;
import works.async.core.escalation.NotificationKey;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.HostUser;
import works.async.plugin.spi.UserDirectory;

/** The words of an escalation mail that stands for levels a stopped escalation pass never sent. */
class NotificationMailsTest {

    private static final HostUser CAROL = new HostUser("carol-key", "carol", "Carol Cole", ZoneId.of("UTC"));
    private static final HostUser BOB = new HostUser("bob-key", "bob", "Bob Brown", ZoneId.of("UTC"));

    private NotificationMails mails() throws Exception {
        ReplyRequestStore replies = mock(ReplyRequestStore.class);
        when(replies.findById(REQUEST)).thenReturn(Optional.of(question(ItemRef.issue("DEMO", "DEMO-7"), "Which one?")));
        UserDirectory people = mock(UserDirectory.class);
        when(people.byKey(BOB.key())).thenReturn(Optional.of(BOB));
        return new NotificationMails(new MailTexts(), mock(LocaleResolver.class), MailFixtures.printingRenderer(),
                mock(ApplicationProperties.class), new NotifiedRequests(replies, mock(OwnershipRequestStore.class),
                mock(MeetingReportStore.class)), people, new MailedItems() {
                    @Override
                    public String nameOf(ItemRef item) {
                        return item.itemKey();
                    }

                    @Override
                    public Optional<String> pathOf(ItemRef item) {
                        return Optional.empty();
                    }
                }, "Jira");
    }

    @Test
    void aLevelThreeEscalationAfterAnOutageSaysTwoEarlierOnesWereNeverSent() throws Exception {
        Notification third = new Notification(new NotificationKey(REQUEST, DeadlineKind.REPLY, 3), CAROL.key(),
                BOB.key(), MailFixtures.DUE, MailFixtures.DUE, false).withMissedLevels(2);

        String body = mails().compose(third, CAROL).htmlBody();

        assertThat(body).contains("missed=2 earlier escalations of this request fell due while notifications could"
                + " not be sent (the escalation pass was not running); this message stands for them too.");
        assertThat(mails().compose(escalation(CAROL, BOB), CAROL).htmlBody()).doesNotContain("missed=");
    }
}

package works.async.confluence.wired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static works.async.confluence.wired.FakeConfluence.ALICE;
import static works.async.confluence.wired.FakeConfluence.BOB;
import static works.async.confluence.wired.FakeConfluence.CAROL;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.atlassian.confluence.event.events.content.comment.CommentCreateEvent;
import com.atlassian.mail.Email;
import com.atlassian.scheduler.status.RunOutcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.confluence.spi.MailTasks;
import works.async.confluence.wired.FakeConfluence.Person;
import works.async.confluence.wired.FakeConfluence.Queued;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipState;
import works.async.core.policy.FieldProblem;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyValidationException;
import works.async.core.policy.Principal;
import works.async.core.report.FeedbackKind;
import works.async.core.report.MeetingReport;
import works.async.core.report.Reviewer;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.plugin.access.Groups;
import works.async.plugin.ao.AoFixture;
import works.async.plugin.escalation.EscalationJobRunner;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.pagemacro.PageMacroIds;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.reply.InPlaceAnswers;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.report.ReportActions;
import works.async.plugin.wired.FakeSal;

/**
 * The whole Confluence plugin as Confluence starts it (its root Spring config) on real Active Objects and a small fake
 * Confluence ({@link FakeConfluence}): page saves, comments and the scheduler reach the plugin the way Confluence
 * delivers them, and what people would notice is read back through the services the REST API and the macros call, and
 * Confluence's mail queue. Each test starts the plugin on an emptied database.
 */
abstract class WiredConfluencePluginContract {

    /** Monday 2 March 2026, 14:00 UTC: 15:00 in Berlin, 14:00 in London, 09:00 in New York; everyone is at work. */
    static final Instant MONDAY_14 = Instant.parse("2026-03-02T14:00:00Z");

    private static final ItemRef.Kind PAGE = ItemRef.Kind.CONFLUENCE_PAGE;
    private static final long STATUS_PAGE = 101L;
    private static final String PAGE_KEY = Long.toString(STATUS_PAGE);

    private FakeConfluence confluence;
    private AnnotationConfigApplicationContext plugin;

    /** The database of the subclass, migrated to the plugin's entities. */
    abstract AoFixture database();

    @BeforeEach
    void startThePlugin() {
        database().clear();
        confluence = new FakeConfluence(MONDAY_14);
        plugin = confluence.start(database().ao());
    }

    @AfterEach
    void stopThePlugin() {
        plugin.close();
    }

    @Test
    void savingAPageWithAReportMacroPublishesItsReportAnEditKeepsTheFeedbackAndRemovingTheMacroWithdrawsIt() {
        confluence.events.publish(confluence.createPage(STATUS_PAGE, "Sprint 12 status",
                reportMacro("alice,bob", "The login fix shipped."), CAROL));

        confluence.signIn(ALICE);
        MeetingReport published = report();
        assertThat(published.author()).isEqualTo(CAROL.key());
        assertThat(published.body()).isEqualTo("The login fix shipped.");
        assertThat(published.item()).isEqualTo(ItemRef.page(FakeConfluence.SPACE, PAGE_KEY));
        assertThat(published.reviewers()).extracting(Reviewer::userKey)
                .containsExactlyInAnyOrder(ALICE.key(), BOB.key());
        assertThat(published.isOpen()).isTrue();
        reports().feedback(published.id(), FeedbackKind.ACKNOWLEDGE, null);
        confluence.clock.advance(Duration.ofMinutes(10));

        confluence.events.publish(confluence.editPage(STATUS_PAGE,
                "<p>Intro</p>" + reportMacro("alice,bob", "The login fix shipped; the upgrade note is out."), CAROL));

        confluence.signIn(BOB);
        MeetingReport edited = report();
        assertThat(edited.body()).isEqualTo("The login fix shipped; the upgrade note is out.");
        assertThat(edited.isOpen()).isTrue();
        assertThat(edited.hasResponded(ALICE.key())).isTrue();
        assertThat(edited.hasResponded(BOB.key())).isFalse();

        confluence.events.publish(confluence.editPage(STATUS_PAGE, "<p>No report this sprint.</p>", CAROL));

        MeetingReport withdrawn = report();
        assertThat(withdrawn.isOpen()).isFalse();
        assertThat(withdrawn.closeReason()).isEqualTo(MeetingReport.CloseReason.WITHDRAWN);
        assertThat(withdrawn.hasResponded(ALICE.key())).isTrue();
    }

    @Test
    void aCommentByTheRecipientOnThePageAnswersTheirReplyRequestAndAnotherPersonsCommentDoesNot() {
        confluence.events.publish(confluence.createPage(STATUS_PAGE, "Sprint 12 status", "<p>Status</p>", CAROL));
        ReplyRequest question = ask(CAROL, BOB, "Which database do we keep for reports?");
        assertThat(question.recipient()).isEqualTo(BOB.key());
        confluence.clock.advance(Duration.ofMinutes(5));

        confluence.events.publish(confluence.comment(STATUS_PAGE, ALICE, "<p>I would keep PostgreSQL.</p>"));

        confluence.signIn(BOB);
        assertThat(replies().openForMe()).extracting(ReplyRequest::id).containsExactly(question.id());

        CommentCreateEvent answer = confluence.comment(STATUS_PAGE, BOB,
                "<p>PostgreSQL: the other reports use it.</p>");
        confluence.events.publish(answer);

        assertThat(replies().openForMe()).isEmpty();
        confluence.signIn(CAROL);
        ReplyRequest answered = replies().get(question.id());
        assertThat(answered.state()).isEqualTo(ReplyState.ANSWERED);
        assertThat(answered.answerCommentId()).isEqualTo(answer.getComment().getIdAsString());
    }

    @Test
    void anAnswerInPlaceIsTheRecipientsPageCommentAndAnswersThatQuestionOnceAndNoOther() {
        confluence.events.publish(confluence.createPage(STATUS_PAGE, "Sprint 12 status", "<p>Status</p>", CAROL));
        ReplyRequest question = ask(ALICE, BOB, "Which database do we keep for reports?");
        ReplyRequest other = ask(CAROL, BOB, "Is the upgrade note out?");
        confluence.clock.advance(Duration.ofMinutes(5));

        confluence.signIn(BOB);
        ReplyRequest answered = plugin.getBean(InPlaceAnswers.class).answer(PAGE_KEY, question.id(),
                "PostgreSQL <the one we know>.");

        assertThat(confluence.writtenComments()).singleElement().satisfies(c -> assertThat(c)
                .startsWith(STATUS_PAGE + "|" + BOB.key() + "|<p>PostgreSQL &lt;the one we know&gt;.</p>|"));
        String commentId = confluence.writtenComments().get(0).substring(confluence.writtenComments().get(0).lastIndexOf('|') + 1);
        assertThat(answered.state()).isEqualTo(ReplyState.ANSWERED);
        assertThat(answered.answerCommentId()).isEqualTo(commentId);
        assertThat(answered.version()).isEqualTo(question.version() + 1);
        // Confluence's comment event for that comment went through the page listener and changed nothing more.
        assertThat(replies().openForMe()).extracting(ReplyRequest::id).containsExactly(other.id());
    }

    @Test
    void theScheduledJobQueuesOneMailPerDueNotificationAndAddresseeInTheirLanguageWithThePageLink() {
        confluence.events.publish(confluence.createPage(STATUS_PAGE, "Sprint 12 status", "<p>Status</p>", CAROL));
        ReplyRequest question = ask(CAROL, ALICE, "Which database do we keep for reports?");
        // A question answered in time: it must never cause a mail.
        ask(CAROL, BOB, "Is the upgrade note out?");
        confluence.clock.advance(Duration.ofMinutes(5));
        confluence.events.publish(confluence.comment(STATUS_PAGE, BOB, "<p>Yes, since Friday.</p>"));
        confluence.signIn(null); // the scheduler runs the job outside any request
        // 16 working hours in Alice's week (Berlin, 09:00-17:00): Monday 15:00-17:00, Tuesday, Wednesday 09:00-15:00.
        assertThat(question.dueAt()).isEqualTo(Instant.parse("2026-03-04T14:00:00Z"));

        assertThat(runTheJob()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(confluence.tasks()).isEmpty();

        // The reminder is due after 3/4 of the window; 13:30 on Wednesday in Berlin.
        confluence.clock.set(Instant.parse("2026-03-04T12:30:00Z"));
        int before = confluence.sal.asked().size();
        assertThat(runTheJob()).isEqualTo(RunOutcome.SUCCESS);

        assertThat(confluence.tasks()).singleElement().satisfies(task -> {
            assertThat(task.queue()).isEqualTo("mail");
            Email reminder = emailOf(task);
            assertThat(reminder.getTo()).isEqualTo(ALICE.email());
            // German dates ("Mi. 4 März 2026"), on Alice's clock.
            assertThat(reminder.getSubject()).startsWith("[Sprint 12 status] Your reply is due ")
                    .endsWith(" M\u00e4rz 2026 15:00 (Europe/Berlin)");
            assertThat(reminder.getBody()).contains("<p>Hello Alice Adler,</p>",
                    "<q>Which database do we keep for reports?</q>", "<a href=\"" + FakeConfluence.BASE_URL
                            + "/pages/viewpage.action?pageId=101\">Open Sprint 12 status</a>");
        });
        assertThat(mailTextLanguages(before)).containsOnly(Locale.GERMANY);

        runTheJob();
        assertThat(confluence.tasks()).hasSize(1);

        // Past due, while both are at work (15:30 in Berlin, 14:30 in London): the recipient and the asker.
        confluence.clock.set(Instant.parse("2026-03-04T14:30:00Z"));
        before = confluence.sal.asked().size();
        runTheJob();

        List<Queued> escalations = confluence.tasks().subList(1, confluence.tasks().size());
        assertThat(escalations).extracting(Queued::queue).containsOnly("mail");
        assertThat(escalations).extracting(q -> emailOf(q).getTo())
                .containsExactlyInAnyOrder(ALICE.email(), CAROL.email());
        Email toCarol = mailTo(escalations, CAROL);
        assertThat(toCarol.getSubject()).isEqualTo(
                "[Sprint 12 status] Alice Adler has not answered; it was due Wed 4 Mar 2026 14:00 (Europe/London)");
        assertThat(toCarol.getBody()).contains("<p>Hello Carol Chen,</p>",
                "Alice Adler has not answered a question on Sprint 12 status in time.",
                "/pages/viewpage.action?pageId=101\">Open Sprint 12 status</a>");
        assertThat(mailTo(escalations, ALICE).getSubject()).endsWith(" M\u00e4rz 2026 15:00 (Europe/Berlin)");
        assertThat(mailTextLanguages(before)).containsOnly(Locale.GERMANY, Locale.UK);

        runTheJob();
        confluence.clock.advance(Duration.ofMinutes(1));
        runTheJob();
        assertThat(confluence.tasks()).hasSize(3).extracting(q -> emailOf(q).getTo()).doesNotContain(BOB.email());
    }

    @Test
    void aWeeklyReportMacroRemindsItsAuthorOnTheNextDateAndTheirNewTextThenIsTheNextReport() {
        String weekly = "<ac:parameter ac:name=\"series\">weekly</ac:parameter>";
        confluence.events.publish(confluence.createPage(STATUS_PAGE, "Sprint 12 status",
                reportMacro("alice,bob", "The login fix shipped.").replace("<ac:rich-text-body>", weekly + "<ac:rich-text-body>"),
                CAROL));
        confluence.signIn(ALICE);
        reports().feedback(PageMacroIds.report(PAGE_KEY, "m-1"), FeedbackKind.ACKNOWLEDGE, null);
        confluence.signIn(null);
        confluence.clock.set(Instant.parse("2026-03-06T14:00:00Z"));
        runTheJob();
        int before = confluence.tasks().size();

        // Monday 9 March, 09:00 in London: the start of Carol's working day on the series' next date.
        confluence.clock.set(Instant.parse("2026-03-09T09:00:00Z"));
        assertThat(runTheJob()).isEqualTo(RunOutcome.SUCCESS);

        assertThat(confluence.tasks().subList(before, confluence.tasks().size())).singleElement()
                .satisfies(task -> assertThat(emailOf(task).getTo()).isEqualTo(CAROL.email()));
        confluence.clock.set(Instant.parse("2026-03-09T10:00:00Z"));
        confluence.events.publish(confluence.editPage(STATUS_PAGE,
                reportMacro("alice,bob", "The upgrade note is out.").replace("<ac:rich-text-body>", weekly + "<ac:rich-text-body>"),
                CAROL));

        confluence.signIn(BOB);
        MeetingReport next = reports().get(PageMacroIds.report(PAGE_KEY, "m-1", 1));
        assertThat(next.body()).isEqualTo("The upgrade note is out.");
        assertThat(next.isOpen()).isTrue();
        assertThat(next.feedback()).isEmpty();
        assertThat(report().body()).isEqualTo("The login fix shipped.");
        assertThat(report().hasResponded(ALICE.key())).isTrue();
        assertThat(plugin.getBean(MeetingReportStore.class).findSeries(PageMacroIds.series(PAGE_KEY, "m-1")))
                .hasValueSatisfying(s -> assertThat(s.nextOccurrence()).isEqualTo(java.time.LocalDate.of(2026, 3, 16)));
    }

    @Test
    void aTrashedPageClosesItsQuestionsItsReportsFeedbackAndSeriesAndItsActionItemsAndTheJobSendsNothingForThem() {
        String macros = "<ac:structured-macro ac:name=\"async-report\" ac:macro-id=\"m-1\">"
                + "<ac:parameter ac:name=\"reviewers\">alice,bob</ac:parameter>"
                + "<ac:parameter ac:name=\"series\">weekly</ac:parameter>"
                + "<ac:rich-text-body><p>The login fix shipped.</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"async-action-item\" ac:macro-id=\"a-1\">"
                + "<ac:parameter ac:name=\"owner\">bob</ac:parameter>"
                + "<ac:rich-text-body><p>Write the upgrade note</p></ac:rich-text-body></ac:structured-macro>";
        confluence.events.publish(confluence.createPage(STATUS_PAGE, "Sprint 12 status", macros, CAROL));
        ReplyRequest question = ask(CAROL, ALICE, "Which database do we keep for reports?");
        ItemRef actionItem = ItemRef.page(FakeConfluence.SPACE, PageMacroIds.actionItem(PAGE_KEY, "a-1"));
        assertThat(plugin.getBean(OwnershipRequestStore.class).findCurrent(actionItem))
                .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(OwnershipState.REQUESTED));
        assertThat(plugin.getBean(MeetingReportStore.class).findSeries(PageMacroIds.series(PAGE_KEY, "m-1"))).isPresent();

        confluence.events.publish(confluence.trashPage(STATUS_PAGE));

        MeetingReportStore reportStore = plugin.getBean(MeetingReportStore.class);
        assertThat(reportStore.findById(PageMacroIds.report(PAGE_KEY, "m-1"))).hasValueSatisfying(
                r -> assertThat(r.closeReason()).isEqualTo(MeetingReport.CloseReason.WITHDRAWN));
        assertThat(reportStore.findSeries(PageMacroIds.series(PAGE_KEY, "m-1"))).isEmpty();
        assertThat(plugin.getBean(OwnershipRequestStore.class).findCurrent(actionItem))
                .hasValueSatisfying(r -> assertThat(r.state()).isEqualTo(OwnershipState.WITHDRAWN));
        assertThat(plugin.getBean(works.async.plugin.reply.ReplyRequestStore.class).findById(question.id()))
                .hasValueSatisfying(r -> {
                    assertThat(r.state()).isEqualTo(ReplyState.WITHDRAWN);
                    assertThat(r.closeReason()).isEqualTo(works.async.plugin.item.ItemGone.REASON);
                });

        // A week on, every deadline and the series' next date have passed: nothing is owed, so nobody is mailed.
        confluence.signIn(null);
        confluence.clock.set(Instant.parse("2026-03-09T14:00:00Z"));
        assertThat(runTheJob()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(confluence.tasks()).isEmpty();
    }

    @Test
    void stoppingThePluginTakesItsListenersAndJobRunnerOutOfConfluence() {
        confluence.events.publish(confluence.createPage(STATUS_PAGE, "Sprint 12 status",
                reportMacro("alice,bob", "The login fix shipped."), CAROL));
        assertThat(runTheJob()).isEqualTo(RunOutcome.SUCCESS);

        plugin.close();

        assertThat(confluence.events.hasListener()).isFalse();
        assertThatThrownBy(() -> confluence.events.publish(confluence.trashPage(STATUS_PAGE)))
                .hasMessageContaining("no listener is registered");
        assertThatThrownBy(this::runTheJob).hasMessageContaining("no runner is registered");
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    private static String reportMacro(String reviewers, String text) {
        return "<ac:structured-macro ac:name=\"async-report\" ac:schema-version=\"1\" ac:macro-id=\"m-1\">"
                + "<ac:parameter ac:name=\"reviewers\">" + reviewers + "</ac:parameter>"
                + "<ac:rich-text-body><p>" + text + "</p></ac:rich-text-body></ac:structured-macro>";
    }

    /** The page's report, as the macro shows it to the signed-in user (through the shared report service). */
    private MeetingReport report() {
        return reports().get(PageMacroIds.report(PAGE_KEY, "m-1"));
    }

    @Test
    void aPolicyNamesOnlyConfluencesPeopleAndGroupsAsTypedAndTheGroupPickerFindsConfluencesGroups() {
        confluence.signIn(FakeConfluence.ADMIN);
        PolicyActions policies = plugin.getBean(PolicyActions.class);
        PolicyScope global = PolicyScope.global();
        Policy current = policies.get(global).own();
        Policy unknown = current.withOwnership(new OwnershipPolicy(true, Duration.ofHours(8),
                new LinkedHashSet<>(List.of(Principal.user("mallory"), Principal.group("ghosts")))));

        assertThatThrownBy(() -> policies.update(global, unknown, current.version()))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                                tuple("ownership.coordinators[0].name", "unknown_user"),
                                tuple("ownership.coordinators[1].name", "unknown_group")));

        // Confluence's user keys are not names; people type names, in any case.
        Set<Principal> coordinators = new LinkedHashSet<>(List.of(Principal.user("Alice"),
                Principal.group("Confluence-Administrators")));
        policies.update(global, current.withOwnership(new OwnershipPolicy(true, Duration.ofHours(8), coordinators)),
                current.version());
        assertThat(policies.get(global).own().ownership().coordinators()).containsExactlyElementsOf(coordinators);
        assertThat(plugin.getBean(Groups.class).search("ADMIN", 5)).containsExactly("confluence-administrators");
        assertThat(plugin.getBean(Groups.class).search("nobody", 5)).isEmpty();
    }

    private ReportActions reports() {
        return plugin.getBean(ReportActions.class);
    }

    private ReplyActions replies() {
        return plugin.getBean(ReplyActions.class);
    }

    /** {@code asker} asks one person on the status page, as the REST API does for them (the policy's window). */
    private ReplyRequest ask(Person asker, Person recipient, String question) {
        confluence.signIn(asker);
        return replies().ask(PAGE, PAGE_KEY, List.of(recipient.name()), question, null).get(0);
    }

    private RunOutcome runTheJob() {
        return confluence.scheduler.runJob(EscalationJobRunner.JOB_ID).getRunOutcome();
    }

    private static Email emailOf(Queued queued) {
        return MailTasks.emailOf(queued.task());
    }

    private static Email mailTo(List<Queued> queued, Person person) {
        return queued.stream().map(WiredConfluencePluginContract::emailOf)
                .filter(m -> m.getTo().equals(person.email())).findFirst().orElseThrow();
    }

    /** The languages of the mail texts SAL was asked for since {@code from}. */
    private List<Locale> mailTextLanguages(int from) {
        return confluence.sal.asked().subList(from, confluence.sal.asked().size()).stream()
                .filter(a -> a.key().startsWith("async.ui.mail.")).map(FakeSal.Asked::locale).toList();
    }
}

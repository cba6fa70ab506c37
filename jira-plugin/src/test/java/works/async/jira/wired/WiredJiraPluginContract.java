package works.async.jira.wired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static works.async.jira.wired.FakeJira.ALICE;
import static works.async.jira.wired.FakeJira.BOB;
import static works.async.jira.wired.FakeJira.CAROL;
import static works.async.jira.wired.FakeJira.DAVE;
import static works.async.jira.wired.FakeJira.DEMO_1;
import static works.async.jira.wired.FakeJira.DEMO_2;
import static works.async.jira.wired.FakeJira.DEMO_3;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.jql.operand.QueryLiteral;
import com.atlassian.jira.jql.query.QueryCreationContext;
import com.atlassian.jira.plugin.jql.function.JqlFunction;
import com.atlassian.mail.Email;
import com.atlassian.query.clause.TerminalClause;
import com.atlassian.query.operand.FunctionOperand;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.status.RunOutcome;
import com.opensymphony.workflow.InvalidInputException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.core.policy.FieldProblem;
import works.async.core.policy.OwnershipPolicy;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.PolicyValidationException;
import works.async.core.policy.Principal;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.jira.jql.AwaitingReplyFromFunction;
import works.async.jira.jql.OwnershipUnconfirmedFunction;
import works.async.jira.jql.ReplyOverdueFunction;
import works.async.jira.wired.FakeJira.Person;
import works.async.jira.workflow.OwnershipConfirmedCondition;
import works.async.jira.workflow.OwnershipConfirmedValidator;
import works.async.plugin.access.Groups;
import works.async.plugin.access.People;
import works.async.plugin.ao.AoFixture;
import works.async.plugin.escalation.EscalationJobRunner;
import works.async.plugin.ownership.OwnershipActions;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.policy.PolicyActions;
import works.async.plugin.reply.ReplyActions;
import works.async.plugin.spi.HostUser;
import works.async.plugin.wired.FakeSal.Asked;

/**
 * The whole Jira plugin as Jira starts it (its root Spring config) on real Active Objects and a small fake Jira
 * ({@link FakeJira}): Jira's events, scheduler, JQL and workflow reach the plugin the way Jira delivers them, and what
 * people would notice is read back through the services the REST API calls, Jira's mail queue, and the values the
 * JQL functions and workflow checks give Jira. Each test starts the plugin on an emptied database.
 */
abstract class WiredJiraPluginContract {

    /** Monday 2 March 2026, 14:00 UTC: 15:00 in Berlin, 14:00 in London, 09:00 in New York; everyone is at work. */
    static final Instant MONDAY_14 = Instant.parse("2026-03-02T14:00:00Z");

    private static final ItemRef.Kind ISSUE = ItemRef.Kind.JIRA_ISSUE;

    private FakeJira jira;
    private AnnotationConfigApplicationContext plugin;

    /** The database of the subclass, migrated to the plugin's entities. */
    abstract AoFixture database();

    @BeforeEach
    void startThePlugin() {
        database().clear();
        jira = new FakeJira(MONDAY_14);
        plugin = jira.start(database().ao());
    }

    @AfterEach
    void stopThePlugin() {
        plugin.close();
    }

    @Test
    void anAssigneeChangeOpensAnOwnershipRequestForTheNewAssigneeAndAnEditThatReassignsSupersedesIt() throws Exception {
        jira.publish(jira.assign("DEMO-1", ALICE, CAROL));

        jira.signIn(ALICE);
        OwnershipRequest first = ownership().current(ISSUE, "DEMO-1").orElseThrow();
        assertThat(first.owner()).isEqualTo(ALICE.key());
        assertThat(first.requestedBy()).isEqualTo(CAROL.key());
        assertThat(first.state()).isEqualTo(OwnershipState.REQUESTED);

        // An edit that changes the assignee, as Jira sends it: an Updated event, no Assign event.
        jira.publish(jira.editAssignee("DEMO-1", BOB, CAROL));

        jira.signIn(BOB);
        OwnershipRequest second = ownership().current(ISSUE, "DEMO-1").orElseThrow();
        assertThat(second.owner()).isEqualTo(BOB.key());
        assertThat(second.state()).isEqualTo(OwnershipState.REQUESTED);
        assertThat(bean(OwnershipRequestStore.class).findById(first.id())).map(OwnershipRequest::state)
                .contains(OwnershipState.SUPERSEDED);
    }

    @Test
    void aCommentByTheRecipientAnswersTheirReplyRequestAndAnotherPersonsCommentDoesNot() {
        ReplyRequest question = ask(CAROL, "DEMO-2", BOB, "Which database do we keep for reports?");
        assertThat(question.recipient()).isEqualTo(BOB.key());
        jira.clock.advance(Duration.ofMinutes(5));

        jira.publish(jira.comment("DEMO-2", DAVE, "I would keep PostgreSQL."));

        jira.signIn(BOB);
        assertThat(replies().openForMe()).extracting(ReplyRequest::id).containsExactly(question.id());

        IssueEvent answer = jira.comment("DEMO-2", BOB, "PostgreSQL: the other reports use it.");
        jira.publish(answer);

        assertThat(replies().openForMe()).isEmpty();
        jira.signIn(CAROL);
        ReplyRequest answered = replies().get(question.id());
        assertThat(answered.state()).isEqualTo(ReplyState.ANSWERED);
        assertThat(answered.answerCommentId()).isEqualTo(String.valueOf(answer.getComment().getId()));
    }

    @Test
    void theScheduledJobMailsEachDueNotificationOnceToEachAddresseeInTheirLanguageWithTheIssueLink()
            throws Exception {
        jira.publish(jira.assign("DEMO-1", ALICE, CAROL));
        // A question answered in time: it must never cause a mail.
        ask(CAROL, "DEMO-2", BOB, "Which database do we keep for reports?");
        jira.clock.advance(Duration.ofMinutes(5));
        jira.publish(jira.comment("DEMO-2", BOB, "PostgreSQL."));
        jira.signIn(null); // the scheduler runs the job outside any request
        // 8 working hours in Alice's week (Berlin, 09:00-17:00): Monday 15:00-17:00, Tuesday 09:00-15:00.
        assertThat(bean(OwnershipRequestStore.class).findCurrent(ItemRef.issue("DEMO", "DEMO-1")).orElseThrow()
                .dueAt()).isEqualTo(Instant.parse("2026-03-03T14:00:00Z"));

        assertThat(runTheJob().getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);
        assertThat(jira.mails()).isEmpty();

        // The reminder falls due after 3/4 of the window: Tuesday 13:00 in Berlin (12:00 UTC).
        jira.clock.set(Instant.parse("2026-03-03T12:30:00Z"));
        int before = jira.asked().size();
        assertThat(runTheJob().getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);

        assertThat(jira.mails()).singleElement().satisfies(reminder -> {
            assertThat(reminder.getTo()).isEqualTo(ALICE.email());
            // German dates ("Di. 3 März 2026"), on Alice's clock.
            assertThat(reminder.getSubject()).startsWith("[DEMO-1 Login fails after the upgrade] Please confirm ownership by ")
                    .endsWith(" M\u00e4rz 2026 15:00 (Europe/Berlin)");
            assertThat(reminder.getBody()).contains("<p>Hello Alice Adler,</p>",
                    "You were asked to own DEMO-1 Login fails after the upgrade.",
                    "<a href=\"https://jira.example.com/jira/browse/DEMO-1\">Open DEMO-1 Login fails after the upgrade</a>");
        });
        assertThat(mailTextLanguages(before)).containsOnly(Locale.GERMANY);

        runTheJob();
        assertThat(jira.mails()).hasSize(1);

        // Past due, while both are at work (16:30 in Berlin, 15:30 in London): the owner and the issue's reporter.
        jira.clock.set(Instant.parse("2026-03-03T15:30:00Z"));
        before = jira.asked().size();
        runTheJob();

        List<Email> escalations = jira.mails().subList(1, jira.mails().size());
        assertThat(escalations).extracting(Email::getTo).containsExactlyInAnyOrder(ALICE.email(), CAROL.email());
        assertThat(mailTo(escalations, ALICE).getSubject())
                .startsWith("[DEMO-1 Login fails after the upgrade] Alice Adler has not confirmed ownership; it was due ")
                .endsWith(" M\u00e4rz 2026 15:00 (Europe/Berlin)");
        Email toCarol = mailTo(escalations, CAROL);
        assertThat(toCarol.getSubject())
                .isEqualTo("[DEMO-1 Login fails after the upgrade] Alice Adler has not confirmed ownership; it was due"
                        + " Tue 3 Mar 2026 14:00 (Europe/London)");
        assertThat(toCarol.getBody()).contains("<p>Hello Carol Chen,</p>",
                "Alice Adler has not confirmed or declined ownership of DEMO-1 Login fails after the upgrade in time.",
                "<a href=\"https://jira.example.com/jira/browse/DEMO-1\">Open DEMO-1 Login fails after the upgrade</a>");
        assertThat(mailTextLanguages(before)).containsOnly(Locale.GERMANY, Locale.UK);

        runTheJob();
        jira.clock.advance(Duration.ofMinutes(1));
        runTheJob();
        assertThat(jira.mails()).hasSize(3).extracting(Email::getTo).doesNotContain(BOB.email());
    }

    @Test
    void theJqlFunctionsAnswerTheMatchingIssuesTheSearcherMayBrowse() throws Exception {
        jira.publish(jira.assign("DEMO-1", ALICE, CAROL));
        jira.publish(jira.assign("DEMO-2", DAVE, CAROL));
        jira.publish(jira.assign("DEMO-3", BOB, CAROL));
        jira.signIn(DAVE);
        ownership().confirm(ISSUE, "DEMO-2", null, null);
        ReplyRequest toBob = ask(CAROL, "DEMO-2", BOB, "Which database do we keep for reports?");
        ask(CAROL, "DEMO-3", BOB, "Is the review booked?");
        jira.clock.advance(Duration.ofHours(1));
        ReplyRequest toAlice = ask(CAROL, "DEMO-1", ALICE, "Does the upgrade note cover this?");

        JqlFunction awaitingReplyFrom = function(AwaitingReplyFromFunction.class);
        assertThat(values(awaitingReplyFrom, "awaitingReplyFrom", CAROL, "bob")).containsExactlyInAnyOrder(DEMO_2, DEMO_3);
        assertThat(values(awaitingReplyFrom, "awaitingReplyFrom", DAVE, "bob")).containsExactly(DEMO_2);
        assertThat(values(awaitingReplyFrom, "awaitingReplyFrom", ALICE, "currentUser()")).containsExactly(DEMO_1);
        assertThat(awaitingReplyFrom.validate(jira.user(CAROL), operand("awaitingReplyFrom", "nobody"),
                mock(TerminalClause.class)).getErrorMessages())
                .containsExactly("Function 'awaitingReplyFrom': there is no user named 'nobody'.");

        JqlFunction ownershipUnconfirmed = function(OwnershipUnconfirmedFunction.class);
        assertThat(values(ownershipUnconfirmed, "ownershipUnconfirmed", CAROL)).containsExactlyInAnyOrder(DEMO_1, DEMO_3);
        assertThat(values(ownershipUnconfirmed, "ownershipUnconfirmed", DAVE)).containsExactly(DEMO_1);

        JqlFunction replyOverdue = function(ReplyOverdueFunction.class);
        assertThat(values(replyOverdue, "replyOverdue", CAROL)).isEmpty();
        // Past Bob's due time (his questions were asked first, in New York's working day), before Alice's.
        Instant afterBobsDue = toBob.dueAt().plus(Duration.ofMinutes(1));
        assertThat(toAlice.dueAt()).isAfter(afterBobsDue);
        jira.clock.set(afterBobsDue);
        assertThat(values(replyOverdue, "replyOverdue", CAROL)).containsExactlyInAnyOrder(DEMO_2, DEMO_3);
        assertThat(values(replyOverdue, "replyOverdue", DAVE)).containsExactly(DEMO_2);
    }

    @Test
    void theValidatorRefusesTheTransitionInTheUsersLanguageUntilTheAssigneeConfirmsOwnership() throws Exception {
        jira.publish(jira.assign("DEMO-1", ALICE, CAROL));
        OwnershipConfirmedValidator validator = plugin.getAutowireCapableBeanFactory()
                .createBean(OwnershipConfirmedValidator.class);
        OwnershipConfirmedCondition condition = plugin.getAutowireCapableBeanFactory()
                .createBean(OwnershipConfirmedCondition.class);
        Map<String, Object> transition = Map.of("issue", jira.issue("DEMO-1"));
        Map<String, String> strict = Map.of("allow-unowned", "false");

        jira.signIn(DAVE);
        int before = jira.asked().size();
        assertThatThrownBy(() -> validator.validate(transition, strict, null))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(jira.text(DAVE.locale(), "async-work.jira.workflow.refused.waiting"))
                .hasMessageStartingWith("The owner of this issue has not confirmed ownership yet.");
        assertThat(jira.asked().subList(before, jira.asked().size()))
                .containsExactly(new Asked(Locale.FRANCE, "async-work.jira.workflow.refused.waiting"));
        assertThat(condition.passesCondition(transition, strict, null)).isFalse();

        // Alice confirms, as the REST API does for her.
        jira.signIn(ALICE);
        assertThat(ownership().confirm(ISSUE, "DEMO-1", null, null).state()).isEqualTo(OwnershipState.CONFIRMED);

        jira.signIn(DAVE);
        assertThatCode(() -> validator.validate(transition, strict, null)).doesNotThrowAnyException();
        assertThat(condition.passesCondition(transition, strict, null)).isTrue();
    }

    @Test
    void stoppingThePluginTakesItsListenerAndJobRunnerOutOfJira() {
        assertThat(jira.hasListener()).isTrue();
        assertThat(runTheJob().getRunOutcome()).isEqualTo(RunOutcome.SUCCESS);

        plugin.close();

        assertThat(jira.hasListener()).isFalse();
        assertThatThrownBy(this::runTheJob).hasMessageContaining("no runner is registered");
    }

    // --- Helpers -----------------------------------------------------------------------------------------------

    @Test
    void aPolicyNamesOnlyJirasPeopleAndGroupsAndACoordinatorNamedByUserNameConfirmsForTheOwner() throws Exception {
        jira.signIn(FakeJira.ADMIN);
        PolicyActions policies = bean(PolicyActions.class);
        PolicyScope project = PolicyScope.jiraProject(FakeJira.PROJECT);
        Policy unknown = Policy.inheritAll().withOwnership(new OwnershipPolicy(null, null,
                new LinkedHashSet<>(List.of(Principal.user("mallory"), Principal.group("ghosts")))));

        assertThatThrownBy(() -> policies.update(project, unknown, 0))
                .isInstanceOfSatisfying(PolicyValidationException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                                tuple("ownership.coordinators[0].name", "unknown_user"),
                                tuple("ownership.coordinators[1].name", "unknown_group")));

        // Jira's user and group names, in another case; Alice's key (JIRAUSER10100) is not her name.
        Set<Principal> coordinators = new LinkedHashSet<>(List.of(Principal.user("Alice"),
                Principal.group("JIRA-Administrators")));
        policies.update(project, Policy.inheritAll().withOwnership(new OwnershipPolicy(null, null, coordinators)), 0);
        assertThat(policies.get(project).own().ownership().coordinators()).containsExactlyElementsOf(coordinators);
        assertThat(bean(Groups.class).search("admin", 5)).containsExactly("jira-administrators");
        // Without Jira's "Browse users", neither people nor groups are searched (the pickers stay text boxes).
        jira.signIn(FakeJira.DAVE);
        assertThatThrownBy(() -> bean(Groups.class).search("admin", 5)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThatThrownBy(() -> bean(People.class).search("ali", 5)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        jira.signIn(FakeJira.ADMIN);
        assertThat(bean(People.class).search("ali", 5)).extracting(HostUser::username).containsExactly("alice");

        jira.publish(jira.assign("DEMO-1", BOB, CAROL));
        jira.signIn(ALICE);
        OwnershipRequest confirmed = ownership().confirm(ISSUE, "DEMO-1", null, BOB.key());
        assertThat(confirmed.state()).isEqualTo(OwnershipState.CONFIRMED);
        assertThat(confirmed.actedBy()).isEqualTo(ALICE.key());
    }

    private <T> T bean(Class<T> type) {
        return plugin.getBean(type);
    }

    private OwnershipActions ownership() {
        return bean(OwnershipActions.class);
    }

    private ReplyActions replies() {
        return bean(ReplyActions.class);
    }

    /** {@code asker} asks one person on the issue, as the REST API does for them (the policy's reply window). */
    private ReplyRequest ask(Person asker, String issueKey, Person recipient, String question) {
        jira.signIn(asker);
        return replies().ask(ISSUE, issueKey, List.of(recipient.name()), question, null).get(0);
    }

    private JobRunnerResponse runTheJob() {
        return jira.runJob(EscalationJobRunner.JOB_ID);
    }

    /** The languages of the mail texts SAL was asked for since {@code from}. */
    private List<Locale> mailTextLanguages(int from) {
        return jira.asked().subList(from, jira.asked().size()).stream().filter(a -> a.key().startsWith("async.ui.mail."))
                .map(Asked::locale).toList();
    }

    private static Email mailTo(List<Email> mails, Person person) {
        return mails.stream().filter(m -> m.getTo().equals(person.email())).findFirst().orElseThrow();
    }

    /** Jira creates a JQL function through the plugin's container, as the descriptor names its class. */
    private JqlFunction function(Class<? extends JqlFunction> type) {
        return plugin.getAutowireCapableBeanFactory().createBean(type);
    }

    /** The issue ids a valid call {@code name(args)} by the searcher gives Jira's search. */
    private List<Long> values(JqlFunction function, String name, Person searcher, String... args) {
        FunctionOperand operand = operand(name, args);
        assertThat(function.validate(jira.user(searcher), operand, mock(TerminalClause.class)).hasAnyErrors())
                .isFalse();
        QueryCreationContext context = mock(QueryCreationContext.class);
        when(context.getApplicationUser()).thenReturn(jira.user(searcher));
        return function.getValues(context, operand, mock(TerminalClause.class)).stream()
                .map(QueryLiteral::getLongValue).toList();
    }

    private static FunctionOperand operand(String name, String... args) {
        return new FunctionOperand(name, args);
    }
}

package works.async.plugin.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.policy.Policy;
import works.async.core.policy.PolicyScope;
import works.async.core.policy.ReplyPolicy;
import works.async.core.reply.ReplyOrigin;
import works.async.core.reply.ReplyRequest;
import works.async.core.reply.ReplyState;
import works.async.plugin.app.AppFixture;
import works.async.plugin.spi.HostItem;

class ReplyActionsTest {

    private static final ItemRef.Kind ISSUE = ItemRef.Kind.JIRA_ISSUE;
    private static final String HOSTILE = " <img src=x onerror=alert(1)> see javascript:alert(2) ";

    private final AppFixture f = new AppFixture();

    private ReplyRequest ask(String asker, String recipient) {
        return f.as(asker).replies().ask(ISSUE, "DEMO-1", List.of(recipient), HOSTILE, null).get(0);
    }

    @Test
    void aQuestionIsStoredExactlyAndDueInTheRecipientsWorkingTime() {
        ReplyRequest asked = ask("carol", "bob");

        assertThat(asked.question()).isEqualTo(HOSTILE);
        assertThat(asked.dueAt()).isEqualTo(Instant.parse("2026-03-04T10:00:00Z")); // 16 working hours
        assertThat(f.as("bob").replies().openForMe()).extracting(ReplyRequest::id).containsExactly(asked.id());
    }

    @Test
    void anExplicitWindowOverridesThePolicyAndMustBePositive() {
        ReplyRequest asked = f.as("carol").replies().ask(ISSUE, "DEMO-1", List.of("bob"), "Q?", 60).get(0);
        assertThat(asked.dueAt()).isEqualTo(AppFixture.MONDAY_10.plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> f.as("carol").replies().ask(ISSUE, "DEMO-1", List.of("bob"), "Q?", 0))
                .isInstanceOf(DomainException.class).extracting("field").isEqualTo("workingMinutes");
    }

    @Test
    void onlyTheRecipientAnswersOrRenegotiatesAndOnlyTheAskerWithdraws() {
        ReplyRequest asked = ask("carol", "bob");

        assertThatThrownBy(() -> f.as("carol").replies().answer(asked.id()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> f.as("carol").replies().renegotiate(asked.id(), Instant.parse("2026-03-06T10:00:00Z")))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> f.as("bob").replies().withdraw(asked.id(), null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);

        ReplyRequest renegotiated = f.as("bob").replies().renegotiate(asked.id(), Instant.parse("2026-03-06T10:00:00Z"));
        assertThat(renegotiated.dueAt()).isEqualTo(Instant.parse("2026-03-06T10:00:00Z"));
        assertThat(renegotiated.originalDueAt()).isEqualTo(asked.originalDueAt());
        assertThat(f.as("bob").replies().answer(asked.id()).state()).isEqualTo(ReplyState.ANSWERED);
        assertThatThrownBy(() -> f.as("carol").replies().withdraw(asked.id(), null))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.ILLEGAL_TRANSITION);
    }

    @Test
    void nobodySeesRequestsOnItemsTheyCannotView() {
        ReplyRequest asked = ask("carol", "bob");
        f.host.restricted.put("DEMO-1", Set.of("carol"));

        assertThat(f.as("bob").replies().openForMe()).isEmpty();
        assertThatThrownBy(() -> f.as("bob").replies().get(asked.id()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.NOT_FOUND);
        assertThatThrownBy(() -> f.as("bob").replies().answer(asked.id()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void askingSomeoneWhoCannotSeeTheItemOrDoesNotExistIsBadInput() {
        f.host.restricted.put("DEMO-1", Set.of("carol"));
        assertThatThrownBy(() -> ask("carol", "bob"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.RECIPIENT_CANNOT_VIEW);
        assertThatThrownBy(() -> ask("carol", "nobody"))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.UNKNOWN_USER);
    }

    @Test
    void aCommentByTheRecipientAnswersTheirOpenRequestsOnThatItem() {
        ReplyRequest asked = ask("carol", "bob");
        f.clock.advance(Duration.ofMinutes(5));

        f.app.events().commentAdded(f.host.items.get("DEMO-1"), "bob", "c-1", "Here you go.");

        ReplyRequest answered = f.as("carol").replies().get(asked.id());
        assertThat(answered.state()).isEqualTo(ReplyState.ANSWERED);
        assertThat(answered.answerCommentId()).isEqualTo("c-1");
    }

    @Test
    void aMentionWithAQuestionOpensAnAutomaticRequestWhenPolicyEnablesItAndTheAskerCanUndoIt() {
        enableAutomaticRequests();

        List<ReplyRequest> opened = f.app.events().commentAdded(f.host.items.get("DEMO-1"), "carol", "c-7",
                "Status update. [~bob] can you check the logs? Thanks [~alice].");

        assertThat(opened).singleElement().satisfies(r -> {
            assertThat(r.recipient()).isEqualTo("bob");
            assertThat(r.asker()).isEqualTo("carol");
            assertThat(r.origin()).isEqualTo(ReplyOrigin.automaticMention("c-7"));
            assertThat(r.question()).contains("can you check the logs?");
        });
        assertThatThrownBy(() -> f.as("bob").replies().undo(opened.get(0).id()))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.as("carol").replies().undo(opened.get(0).id()))
                .singleElement().extracting(ReplyRequest::state).isEqualTo(ReplyState.WITHDRAWN);
        assertThat(f.as("bob").replies().openForMe()).isEmpty();
    }

    @Test
    void aStorageFormatMentionWithAQuestionInAPageCommentOpensAnAutomaticRequestWhenTheSpacePolicyEnablesIt() {
        // A Confluence page comment arrives as Confluence stores it: a mention is an <ri:user> by user key in an <ac:link>.
        HostItem page = new HostItem(ItemRef.page("TEAM", "98304"), "Release notes", null, null, null, "carol", null, false);
        f.host.items.put("98304", page);
        f.as("admin").policies().update(PolicyScope.confluenceSpace("TEAM"), Policy.inheritAll()
                .withReply(new ReplyPolicy(null, null, true, null, null)), 0);

        List<ReplyRequest> opened = f.app.events().commentAdded(page, "carol", "131074", "<p>Status is green. "
                + "<ac:link><ri:user ri:userkey=\"bob\"/></ac:link> can you check the logs?</p>"
                + "<p>Thanks <ac:link><ri:user ri:userkey=\"alice\"/></ac:link>.</p>");

        assertThat(opened).singleElement().satisfies(r -> {
            assertThat(r.item()).isEqualTo(page.ref());
            assertThat(r.recipient()).isEqualTo("bob");
            assertThat(r.origin()).isEqualTo(ReplyOrigin.automaticMention("131074"));
            assertThat(r.question()).contains("can you check the logs?").doesNotContain("ac:link");
        });
    }

    @Test
    void withoutThePolicyAMentionedQuestionOpensNothing() {
        assertThat(f.app.events().commentAdded(f.host.items.get("DEMO-1"), "carol", "c-7", "[~bob] can you check?")).isEmpty();
        assertThat(f.as("bob").replies().openForMe()).isEmpty();
    }

    private void enableAutomaticRequests() {
        f.as("admin").policies().update(PolicyScope.jiraProject("DEMO"), Policy.inheritAll()
                .withReply(new ReplyPolicy(null, null, true, null, null)), 0);
    }
}

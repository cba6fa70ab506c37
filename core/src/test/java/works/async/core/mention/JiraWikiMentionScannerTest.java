package works.async.core.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JiraWikiMentionScannerTest {

    private final MentionScanner scanner = MentionScanner.jiraWiki();

    @Test
    void aQuestionToAMentionedColleagueIsRecognisedAsAskingThem() {
        MentionScan scan = scanner.scan("Hi [~alice], could you check the release notes before Friday? Thanks!");

        assertThat(scan.users()).containsExactly(UserReference.username("alice"));
        assertThat(scan.mentions().get(0).askedQuestion()).isTrue();
        assertThat(scan.mentions().get(0).question())
                .isEqualTo("Hi @alice, could you check the release notes before Friday?");
    }

    @Test
    void aMentionInAStatementIsNotTreatedAsAQuestion() {
        MentionScan scan = scanner.scan("FYI [~bob.smith] deployed this to staging. Does anyone know why CI is red?");

        assertThat(scan.users()).containsExactly(UserReference.username("bob.smith"));
        assertThat(scan.questioned()).isEmpty();
    }

    @Test
    void cloudStyleAccountIdMentionsAreReportedAsAccountIds() {
        MentionScan scan = scanner.scan("[~accountid:5b10ac8d82e05b22cc7d4ef5] what is the rollout plan?");

        assertThat(scan.users()).containsExactly(UserReference.accountId("5b10ac8d82e05b22cc7d4ef5"));
        assertThat(scan.questioned()).containsExactly(UserReference.accountId("5b10ac8d82e05b22cc7d4ef5"));
    }

    @Test
    void everyPersonIsListedOnceInOrderOfFirstMentionAndAskedIfAnyMentionWasAQuestion() {
        MentionScan scan = scanner.scan("""
                [~carol] and [~dave] please review.

                [~Carol], can you also sign off the budget?
                """);

        assertThat(scan.users()).containsExactly(UserReference.username("carol"), UserReference.username("dave"));
        assertThat(scan.questioned()).containsExactly(UserReference.username("carol"));
    }

    @Test
    void aGreetingLineFollowedByTheQuestionOnTheNextLineCountsAsOneSentence() {
        MentionScan scan = scanner.scan("Hi [~erin],\nwhen will the migration run?");

        assertThat(scan.questioned()).containsExactly(UserReference.username("erin"));
    }

    @Test
    void aBlankLineSeparatesTheMentionFromALaterQuestion() {
        MentionScan scan = scanner.scan("Thanks [~frank]\n\nWhen do we ship?");

        assertThat(scan.users()).containsExactly(UserReference.username("frank"));
        assertThat(scan.questioned()).isEmpty();
    }

    @Test
    void aQuestionMarkInsideALinkDoesNotMakeAStatementAQuestion() {
        MentionScan scan = scanner.scan("[~gina] see https://wiki.example.com/page?id=42 for details");

        assertThat(scan.questioned()).isEmpty();
    }

    @Test
    void mentionsInsideCodeAndNoformatBlocksAreIgnored() {
        MentionScan scan = scanner.scan("""
                Stack trace below, [~henry] can you look?
                {code:java}
                // [~ignored.in.code] why is this null?
                {code}
                {noformat}[~ignored.in.noformat] ?{noformat}
                {CODE}[~upper.case.code]?{CODE}
                Done.""");

        assertThat(scan.users()).containsExactly(UserReference.username("henry"));
        assertThat(scan.questioned()).containsExactly(UserReference.username("henry"));
    }

    @Test
    void anUnclosedCodeBlockHidesTheRestOfTheCommentRatherThanGuessing() {
        MentionScan scan = scanner.scan("[~ivan] log attached.\n{code}\n[~pasted.user] failed?");

        assertThat(scan.users()).containsExactly(UserReference.username("ivan"));
    }

    @Test
    void brokenMentionMarkupIsPlainTextNotAnError() {
        MentionScan scan = scanner.scan("[~ unterminated, [~] empty, [~accountid:] no id, [~a\nb] split, "
                + "\\[~escaped] and finally [~judy]?");

        assertThat(scan.users()).containsExactly(UserReference.username("judy"));
        assertThat(scan.questioned()).containsExactly(UserReference.username("judy"));
    }

    @Test
    void aNestedOpeningBracketStillFindsTheInnerMention() {
        assertThat(scanner.scan("[~[~kate]").users()).containsExactly(UserReference.username("kate"));
    }

    @Test
    void emptyOrMissingTextHasNoMentions() {
        assertThat(scanner.scan(null).isEmpty()).isTrue();
        assertThat(scanner.scan("").isEmpty()).isTrue();
        assertThat(scanner.scan("no mentions here?").isEmpty()).isTrue();
    }

    @Test
    void aQuestionFollowedByClosingFormattingStillCounts() {
        assertThat(scanner.scan("*[~liam] are you on it?*").questioned()).containsExactly(UserReference.username("liam"));
        assertThat(scanner.scan("([~mia] is this yours?) ok").questioned()).containsExactly(UserReference.username("mia"));
    }
}

package works.async.core.mention;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfluenceStorageMentionScannerTest {

    private final MentionScanner scanner = MentionScanner.confluenceStorage();

    @Test
    void aUserKeyMentionInAQuestionParagraphAsksThatPerson() {
        MentionScan scan = scanner.scan("<p>Hi <ac:link><ri:user ri:userkey=\"8a7f808a6d2c1b3e016d2c1d7f2a0001\" /></ac:link>, "
                + "can you approve the Q3 plan&#63;</p><p>The plan is attached.</p>");

        assertThat(scan.users()).containsExactly(UserReference.userKey("8a7f808a6d2c1b3e016d2c1d7f2a0001"));
        assertThat(scan.mentions().get(0).question())
                .isEqualTo("Hi @8a7f808a6d2c1b3e016d2c1d7f2a0001, can you approve the Q3 plan?");
    }

    @Test
    void accountIdAndUsernameMentionsAreRecognised() {
        MentionScan scan = scanner.scan("<p><ac:link><ri:user ri:account-id='5b10ac8d82e05b22cc7d4ef5'/></ac:link> FYI.</p>"
                + "<p><ac:link><ri:user ri:username=\"jsmith\"></ri:user>"
                + "<ac:plain-text-link-body><![CDATA[John?]]></ac:plain-text-link-body></ac:link> thanks.</p>");

        assertThat(scan.users()).containsExactly(UserReference.accountId("5b10ac8d82e05b22cc7d4ef5"),
                UserReference.username("jsmith"));
        assertThat(scan.questioned()).isEmpty();
    }

    @Test
    void theQuestionMustBeInTheSameParagraphAsTheMention() {
        MentionScan scan = scanner.scan("<p>Owner: <ac:link><ri:user ri:userkey=\"k1\"/></ac:link></p><p>Any objections?</p>");

        assertThat(scan.users()).containsExactly(UserReference.userKey("k1"));
        assertThat(scan.questioned()).isEmpty();
    }

    @Test
    void aLineBreakInsideAParagraphDoesNotSeparateGreetingFromQuestion() {
        MentionScan scan = scanner.scan("<p>Hello <ac:link><ri:user ri:userkey=\"k2\"/></ac:link>,<br/>is the vendor contract signed?</p>");

        assertThat(scan.questioned()).containsExactly(UserReference.userKey("k2"));
    }

    @Test
    void mentionsInCodeMacrosAndPlainTextBodiesAreIgnored() {
        MentionScan scan = scanner.scan("""
                <p><ac:link><ri:user ri:userkey="real"/></ac:link> does this compile?</p>
                <ac:structured-macro ac:name="code" ac:schema-version="1">
                  <ac:parameter ac:name="language">xml</ac:parameter>
                  <ac:plain-text-body><![CDATA[<ac:link><ri:user ri:userkey="in-cdata"/></ac:link>?]]></ac:plain-text-body>
                </ac:structured-macro>
                <ac:structured-macro ac:name="noformat"><ac:rich-text-body><p><ac:link><ri:user ri:userkey="in-noformat"/></ac:link>?</p></ac:rich-text-body></ac:structured-macro>
                <p><code><ac:link><ri:user ri:userkey="in-code-element"/></ac:link>?</code></p>
                """);

        assertThat(scan.users()).containsExactly(UserReference.userKey("real"));
        assertThat(scan.questioned()).containsExactly(UserReference.userKey("real"));
    }

    @Test
    void aMentionInsideAnInfoPanelStillCounts() {
        MentionScan scan = scanner.scan("<ac:structured-macro ac:name=\"info\"><ac:rich-text-body><p>"
                + "<ac:link><ri:user ri:userkey=\"k3\"/></ac:link> ready to merge?</p></ac:rich-text-body></ac:structured-macro>");

        assertThat(scan.questioned()).containsExactly(UserReference.userKey("k3"));
    }

    @Test
    void aUserInAProfileMacroIsNotAMention() {
        MentionScan scan = scanner.scan("<ac:structured-macro ac:name=\"profile\"><ac:parameter ac:name=\"user\">"
                + "<ri:user ri:userkey=\"k4\"/></ac:parameter></ac:structured-macro><p>Who owns this?</p>");

        assertThat(scan.isEmpty()).isTrue();
    }

    @Test
    void brokenMarkupIsToleratedAndStillYieldsWhatCanBeRead() {
        MentionScan scan = scanner.scan("<p><ac:link><ri:user ri:userkey=\"unclosed-quote /></ac:link> ok?"
                + "<ac:link><ri:user ri:userkey= /></ac:link><ac:link><ri:user ri:userkey=bare/></ac:link>"
                + "<ac:link><ri:user /></ac:link> &bogus; & < <![CDATA[ never closed");

        assertThat(scan.users()).containsExactly(UserReference.userKey("unclosed-quote /"), UserReference.userKey("bare"));
    }

    @Test
    void unbalancedClosingTagsDoNotHideLaterMentions() {
        MentionScan scan = scanner.scan("</ac:link></code></ac:structured-macro></ac:plain-text-body>"
                + "<p><ac:link><ri:user ri:userkey=\"k5\"/></ac:link> done?</p>");

        assertThat(scan.questioned()).containsExactly(UserReference.userKey("k5"));
    }

    @Test
    void escapedAttributeValuesAreDecoded() {
        MentionScan scan = scanner.scan("<ac:link><ri:user ri:username=\"r&amp;d-bot\"/></ac:link>");

        assertThat(scan.users()).containsExactly(UserReference.username("r&d-bot"));
    }
}

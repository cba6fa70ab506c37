package works.async.core.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MentionScannerPropertiesTest {

    @Property
    void anyTextIsScannedWithoutErrorByBothScanners(@ForAll String text) {
        assertThatCode(() -> MentionScanner.jiraWiki().scan(text)).doesNotThrowAnyException();
        assertThatCode(() -> MentionScanner.confluenceStorage().scan(text)).doesNotThrowAnyException();
    }

    @Property
    void markupLikeNoiseNeverBreaksScanningAndNeverRepeatsAPerson(@ForAll("markupNoise") String text) {
        MentionScan jira = MentionScanner.jiraWiki().scan(text);
        MentionScan confluence = MentionScanner.confluenceStorage().scan(text);

        assertThat(jira.users()).doesNotHaveDuplicates();
        assertThat(confluence.users()).doesNotHaveDuplicates();
        assertThat(jira.questioned()).isSubsetOf(jira.users());
        assertThat(confluence.questioned()).isSubsetOf(confluence.users());
    }

    @Provide
    Arbitrary<String> markupNoise() {
        Arbitrary<String> pieces = Arbitraries.of("[~", "]", "[~bob]", "[~accountid:", "{code}", "{code:java}", "{noformat}",
                "<", ">", "/>", "<ac:link>", "</ac:link>", "<ri:user ri:userkey=\"", "\"", "'", "<![CDATA[", "]]>",
                "<ac:plain-text-body>", "<ac:structured-macro ac:name=\"code\">", "</ac:structured-macro>", "&amp;", "&#",
                ";", "?", ".", " ", "\n", "\n\n", "<p>", "</p>", "text", "<!--", "-->");
        return pieces.list().ofMaxSize(60).map(list -> String.join("", list));
    }

    @Test
    void hugePathologicalCommentsAreScannedInLinearTime() {
        String[] hostile = {
            "[~".repeat(200_000),
            "{code:".repeat(200_000),
            "<".repeat(400_000),
            "<ri:user ri:userkey=\"".repeat(50_000),
            "&".repeat(400_000),
            "?".repeat(400_000),
            "<ac:link><ri:user ri:userkey=\"k\"/></ac:link> ".repeat(50_000) + "?",
            "\n ".repeat(300_000),
        };
        // A generous bound, even on a loaded shared machine: a quadratic scan of these inputs would take many minutes,
        // a linear one milliseconds (it timed out at 10 s once while other builds ran on both cores).
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (String text : hostile) {
                MentionScanner.jiraWiki().scan(text);
                MentionScanner.confluenceStorage().scan(text);
            }
        });
    }
}

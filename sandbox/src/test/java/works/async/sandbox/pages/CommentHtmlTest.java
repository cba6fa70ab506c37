package works.async.sandbox.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/** Comments read with mentions as names, the rest as the text written (escaped), as the mention scanners read them. */
class CommentHtmlTest {

    private static final Map<String, String> NAMES = Map.of("carol", "Carol Ngata", "bob", "Bob <b>Miller</b>");
    private static final Function<String, Optional<String>> LOOKUP = name -> Optional.ofNullable(NAMES.get(name));

    @Test
    void aJiraMentionReadsAsTheDisplayNameEscaped() {
        assertThat(CommentHtml.jira("Thanks [~carol], and [~bob] <i>too</i>?", LOOKUP)).isEqualTo(
                "Thanks <span class=\"sandbox-mention\" data-user=\"carol\">Carol Ngata</span>, and "
                        + "<span class=\"sandbox-mention\" data-user=\"bob\">Bob &lt;b&gt;Miller&lt;/b&gt;</span> "
                        + "&lt;i&gt;too&lt;/i&gt;?");
    }

    @Test
    void whatTheScannerDoesNotTakeForAMentionStaysAsWritten() {
        assertThat(CommentHtml.jira("\\[~carol] [~nobody] [~ca\nrol] {code}[~carol]{code} [~carol]", LOOKUP))
                .isEqualTo("\\[~carol] [~nobody] [~ca\nrol] {code}[~carol]{code} "
                        + "<span class=\"sandbox-mention\" data-user=\"carol\">Carol Ngata</span>");
        assertThat(CommentHtml.jira("{noformat}[~carol] never closed", LOOKUP)).isEqualTo("{noformat}[~carol] never closed");
    }

    @Test
    void aConfluenceUserLinkReadsAsTheDisplayName() {
        String body = "Hi <ac:link><ri:user ri:userkey=\"carol\" /></ac:link>, and "
                + "<ac:link><ri:user ri:username=\"bob\"/></ac:link>; <ac:link><ri:user ri:userkey=\"ghost\" /></ac:link>";
        assertThat(CommentHtml.confluence(body, LOOKUP, LOOKUP)).isEqualTo(
                "Hi <span class=\"sandbox-mention\" data-user=\"carol\">Carol Ngata</span>, and "
                        + "<span class=\"sandbox-mention\" data-user=\"bob\">Bob &lt;b&gt;Miller&lt;/b&gt;</span>; "
                        + "&lt;ac:link&gt;&lt;ri:user ri:userkey=&quot;ghost&quot; /&gt;&lt;/ac:link&gt;");
    }
}

package works.async.plugin.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text a host writes into its own markup cannot end an element or an attribute value. */
class HtmlTest {

    @Test
    void theFiveCharactersThatCouldEndAnElementOrAnAttributeAreEscaped() {
        assertThat(Html.escape("<script>alert('x')</script> & \"q\"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
    }

    @Test
    void nothingReadsAsEmpty() {
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("Zürich, 10:00")).isEqualTo("Zürich, 10:00");
    }
}

package works.async.sandbox.velocity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.velocity.htmlsafe.HtmlSafe;

import works.async.sandbox.sal.BundleI18nResolver;

@DisplayName("Sandbox template renderer: the products' HTML escaping and method allowlist")
class VelocityTemplateRendererTest {

    static final String SCRIPT = "<script>alert('x')</script>";

    /** A view model as the plugin's templates get them. */
    public static final class View {
        public String getTitle() {
            return SCRIPT;
        }

        public String getSummaryHtml() {
            return "<b>bold</b>";
        }

        @HtmlSafe
        public String getMarkup() {
            return "<i>annotated</i>";
        }

        @HtmlSafe
        public List<String> getRows() {
            return List.of("<li>one</li>", "<li>two</li>");
        }

        public String getSecret() {
            return "never";
        }
    }

    static final String V = View.class.getName();
    final VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(VelocityAllowlist.fromClasspath().plus(Set.of(
            V + "#getTitle()", V + "#getSummaryHtml()", V + "#getMarkup()", V + "#getRows()")), BundleI18nResolver.standard());

    String render(String template, Object view) {
        return renderer.renderFragment(template, Map.of("view", view, "text", SCRIPT, "bodyHtml", "<p>raw</p>"));
    }

    @Test
    void referencesAreHtmlEncoded() {
        assertThat(render("$view.title|$text", new View()))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;|&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void methodsNamedHtmlAndHtmlSafeMethodsAreNotEncoded() {
        assertThat(render("$view.summaryHtml $view.markup", new View())).isEqualTo("<b>bold</b> <i>annotated</i>");
    }

    @Test
    void elementsOfAnHtmlSafeCollectionInheritIt() {
        assertThat(render("#foreach ($r in $view.rows)$r#end", new View())).isEqualTo("<li>one</li><li>two</li>");
    }

    @Test
    void scalarReferencesNamedHtmlAreNotEncodedButPropertiesOfOthersAre() {
        assertThat(render("$bodyHtml", new View())).isEqualTo("<p>raw</p>");
        assertThat(render("#set($copy = $view.title)$copy", new View())).doesNotContain("<script>");
    }

    @Test
    void aMethodOutsideTheAllowlistFailsTheRender() {
        assertThatThrownBy(() -> render("$view.secret", new View()))
                .isInstanceOf(RenderingException.class)
                .hasMessageContaining(V + "#getSecret()").hasMessageContaining("velocity-allowlist");
        assertThatThrownBy(() -> render("$view.getClass()", new View())).isInstanceOf(RenderingException.class);
    }

    @Test
    void globallyAllowedJdkAndI18nMethodsWork() {
        assertThat(renderer.renderFragment("$i18n.getText('sandbox.nav.issues') $list.size() $map.get('k')",
                Map.of("list", List.of(1, 2), "map", Map.of("k", "<v>")))).isEqualTo("Issues 2 &lt;v&gt;");
    }

    @Test
    void thePluginDescriptorsAllowlistsAreLoaded() {
        assertThat(VelocityAllowlist.fromClasspath().entries()).contains("java.util.Map#get(java.lang.Object)");
    }
}

package works.async.plugin.pagemacro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The storage-format reader finds macros as Confluence stores them: name, macro id, parameters, body. */
class StorageFormatTest {

    private static final String PAGE = "<p>Before</p>"
            + "<ac:structured-macro ac:name=\"async-report\" ac:schema-version=\"1\" ac:macro-id=\"6f1c-42\">"
            + "<ac:parameter ac:name=\"reviewers\">alice,bob</ac:parameter>"
            + "<ac:parameter ac:name=\"replaces-meeting\">R&amp;D &lt;sync&gt;</ac:parameter>"
            + "<ac:rich-text-body><p>Line one</p><p>Line <strong>two</strong><br/>three</p></ac:rich-text-body>"
            + "</ac:structured-macro><p>After</p>"
            + "<ac:structured-macro ac:macro-id=\"7\" ac:name=\"async-open-questions\"/>"
            + "<ac:structured-macro ac:name=\"async-working-agreement\"></ac:structured-macro>";

    @Test
    void findsEachMacroWithItsIdParametersAndBody() {
        List<MacroOccurrence> macros = StorageFormat.macros(PAGE);

        assertThat(macros).extracting(MacroOccurrence::name).containsExactly("async-report", "async-open-questions", "async-working-agreement");
        MacroOccurrence report = macros.get(0);
        assertThat(report.macroId()).isEqualTo("6f1c-42");
        assertThat(report.parameters()).isEqualTo(Map.of("reviewers", "alice,bob", "replaces-meeting", "R&D <sync>"));
        assertThat(StorageFormat.plainText(report.body())).isEqualTo("Line one\nLine two\nthree");
        assertThat(macros.get(1).macroId()).isEqualTo("7");
        assertThat(macros.get(1).parameters()).isEmpty();
        assertThat(macros.get(2).macroId()).isNull();
    }

    @Test
    void renderingReplacesEachMacroAndKeepsTheRest() {
        String html = StorageFormat.render(PAGE, m -> "[" + m.name() + "]");

        assertThat(html).startsWith("<p>Before</p>[async-report]<p>After</p>").endsWith("<p>After</p>[async-open-questions][async-working-agreement]");
    }

    @Test
    void plainTextDropsTagsAndReadsEntitiesAndCdataAsText() {
        // Text, not markup: whoever shows it escapes it (the report template does).
        assertThat(StorageFormat.plainText("<p>a &lt;script&gt; b</p><p><em>x</em></p><![CDATA[<b>c</b>]]>"))
                .isEqualTo("a <script> b\nx\n<b>c</b>");
    }
}

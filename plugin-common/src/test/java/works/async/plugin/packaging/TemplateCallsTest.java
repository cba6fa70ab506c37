package works.async.plugin.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The template reader the descriptor checks rely on: what it resolves, and what it refuses. */
class TemplateCallsTest {

    private static final String WEB = "works.async.plugin.web.";

    @Test
    void resolvesTheHeaderTypesSetForeachAndMacroParameters() {
        TemplateCalls calls = TemplateCalls.of("t.vm", """
                ## A panel. Context: $panel (IssuePanelView), $i18n.
                #macro(row $r)<q>$r.question()</q>#end
                #set($o = $panel.ownership())$o.ownerName()
                #foreach($r in $panel.openReplies())#row($r) <time>${r.due().label()}</time>#end
                $i18n.getText("async.ui.reply.due")
                """);

        assertThat(calls.problems()).isEmpty();
        assertThat(calls.entries()).containsExactlyInAnyOrder(
                WEB + "panel.IssuePanelView#ownership()", WEB + "panel.OwnershipView#ownerName()",
                WEB + "panel.IssuePanelView#openReplies()", WEB + "panel.ReplyView#question()",
                WEB + "panel.ReplyView#due()", WEB + "DualTime#label()");
    }

    @Test
    void refusesWhatNoAllowlistEntryCouldCover() {
        TemplateCalls calls = TemplateCalls.of("t.vm", """
                ## Context: $panel (IssuePanelView).
                $panel.issueKey().length() $panel.issueKey $panel.secret() $other.thing()
                """);

        assertThat(calls.problems()).hasSize(4)
                .anySatisfy(p -> assertThat(p).contains("length on java.lang.String, which is no @ViewModel"))
                .anySatisfy(p -> assertThat(p).contains("property form .issueKey"))
                .anySatisfy(p -> assertThat(p).contains("has no public method secret"))
                .anySatisfy(p -> assertThat(p).contains("$other has no type"));
        assertThat(calls.entries()).containsExactly(WEB + "panel.IssuePanelView#issueKey()");
    }
}

package works.async.sandbox.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.plugin.pagemacro.StorageFormat;

class MacroIdsTest {

    private final AtomicInteger next = new AtomicInteger();
    private final MacroIds ids = new MacroIds(() -> "new-" + next.incrementAndGet());

    @Test
    void aMacroWithoutAnIdGetsOneAndTheMacroReadsAsWritten() {
        String body = "<p>x</p><ac:structured-macro ac:name=\"async-report\"><ac:parameter ac:name=\"reviewers\">alice"
                + "</ac:parameter><ac:rich-text-body><p>Text</p></ac:rich-text-body></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"async-open-questions\" />";

        String stored = ids.assign(body);

        assertThat(StorageFormat.macros(stored)).extracting(MacroOccurrence::name, MacroOccurrence::macroId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("async-report", "new-1"),
                        org.assertj.core.groups.Tuple.tuple("async-open-questions", "new-2"));
        assertThat(StorageFormat.macros(stored).get(0).parameters()).containsEntry("reviewers", "alice");
        assertThat(stored).startsWith("<p>x</p>");
    }

    @Test
    void idsAlreadyThereAreKeptSoASecondSaveChangesNothing() {
        String once = ids.assign("<ac:structured-macro ac:name=\"a\" ac:macro-id=\"kept\"></ac:structured-macro>"
                + "<ac:structured-macro ac:name=\"b\"></ac:structured-macro>");

        assertThat(ids.assign(once)).isEqualTo(once);
        assertThat(once).contains("ac:macro-id=\"kept\"").contains("ac:macro-id=\"new-1\"");
    }

    @Test
    void aCopiedMacroWithTheIdOfAnEarlierOneGetsItsOwnAndABlankIdIsReplaced() {
        String copy = "<ac:structured-macro ac:name=\"async-action-item\" ac:macro-id=\"same\"></ac:structured-macro>";

        String stored = ids.assign(copy + copy + "<ac:structured-macro ac:macro-id=\"\" ac:name=\"c\" />");

        assertThat(StorageFormat.macros(stored)).extracting(MacroOccurrence::macroId).containsExactly("same", "new-1", "new-2");
        assertThat(StorageFormat.macros(stored)).extracting(MacroOccurrence::name)
                .containsExactly("async-action-item", "async-action-item", "c");
    }
}

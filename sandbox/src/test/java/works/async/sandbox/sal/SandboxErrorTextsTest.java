package works.async.sandbox.sal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import works.async.core.ErrorCode;
import works.async.plugin.rest.Messages;

/** The sandbox's own resolver, over the bundles it loads, finds a text of its own for every refusal. */
class SandboxErrorTextsTest {

    @Test
    void everyErrorCodeHasATextOfItsOwn() {
        Messages messages = new Messages(BundleI18nResolver.standard());

        assertThat(Arrays.stream(ErrorCode.values()))
                .filteredOn(code -> messages.error(code.id(), "no_text_of_its_own").equals("async-work.error.no_text_of_its_own"))
                .isEmpty();
        assertThat(messages.error(ErrorCode.NOT_FOUND.id(), "invalid")).isEqualTo("Not found, or you cannot see it.");
    }
}

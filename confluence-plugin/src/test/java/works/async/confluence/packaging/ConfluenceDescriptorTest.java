package works.async.confluence.packaging;

import java.util.Map;

import works.async.plugin.packaging.DescriptorContract;

/** The Confluence descriptor against its classes, texts and templates (see {@link DescriptorContract}). */
class ConfluenceDescriptorTest extends DescriptorContract {

    @Override
    protected Map<String, String> productSlots() {
        return Map.of("xhtml-macro", "com.atlassian.confluence.macro.Macro");
    }
}

package works.async.sandbox.host;

import java.util.ArrayList;
import java.util.List;

import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.plugin.pagemacro.PageMacroIds;
import works.async.plugin.pagemacro.StorageFormat;

/**
 * An action item of a Confluence-like page: an {@code async-action-item} macro naming its owner, with the task in its
 * body, keyed as in Confluence by the page id and the macro's {@code ac:macro-id} ({@link PageMacroIds#actionItem}).
 *
 * @param key   the item key the app tracks ownership under
 * @param owner the user key of the person asked to own it, or null when nobody is named
 * @param text  the task in plain words
 */
public record ActionItem(String key, String owner, String text) {

    public static final String MACRO = "async-action-item";

    /** The page's action items, in page order. */
    public static List<ActionItem> of(Page page) {
        List<ActionItem> items = new ArrayList<>();
        for (MacroOccurrence macro : StorageFormat.macros(page.body())) {
            if (MACRO.equals(macro.name()) && macro.macroId() != null && !macro.macroId().isBlank()) {
                String key = PageMacroIds.actionItem(Long.toString(page.id()), macro.macroId());
                String owner = macro.parameters().get("owner");
                items.add(new ActionItem(key, owner == null || owner.isBlank() ? null : owner, plainText(macro.body())));
            }
        }
        return items;
    }

    /** The page id an action item key belongs to ({@code 42-action-…} → {@code 42}), or null. */
    public static String pageIdOf(String itemKey) {
        int dash = itemKey.indexOf('-');
        return dash > 0 && itemKey.substring(0, dash).chars().allMatch(Character::isDigit) ? itemKey.substring(0, dash) : null;
    }

    private static String plainText(String body) {
        return body.replaceAll("<[^>]*>", "").strip();
    }
}

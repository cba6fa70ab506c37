package works.async.sandbox.host;

import java.util.ArrayList;
import java.util.List;

import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.plugin.pagemacro.StorageFormat;

/**
 * An action item of a Confluence-like page: an {@code async-action-item} macro naming its item key (the page id, a
 * dash and a slug) and its owner, with the task in its body. Confluence keeps tasks the same way, inside the page.
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
            String key = macro.parameters().get("item");
            if (MACRO.equals(macro.name()) && key != null && !key.isBlank()) {
                String owner = macro.parameters().get("owner");
                items.add(new ActionItem(key, owner == null || owner.isBlank() ? null : owner, plainText(macro.body())));
            }
        }
        return items;
    }

    /** The page id an action item key belongs to ({@code 42-release-notes} → {@code 42}), or null. */
    public static String pageIdOf(String itemKey) {
        int dash = itemKey.indexOf('-');
        return dash > 0 && itemKey.substring(0, dash).chars().allMatch(Character::isDigit) ? itemKey.substring(0, dash) : null;
    }

    private static String plainText(String body) {
        return body.replaceAll("<[^>]*>", "").strip();
    }
}

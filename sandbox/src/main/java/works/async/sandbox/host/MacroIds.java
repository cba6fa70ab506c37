package works.async.sandbox.host;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Confluence does to a page's structured macros when it stores the page: each gets an {@code ac:macro-id}
 * (8.7.2's {@code StorageMacroV2Marshaller.writeMacroId} writes one on every macro it stores) that it then keeps from
 * save to save. A macro typed without one gets a fresh UUID; so does a second macro with the id of an earlier one (a
 * macro copied within the page), since the plugin keys its report or action item by page id and macro id, and two
 * macros sharing one would be one report.
 */
public final class MacroIds {

    private static final Pattern OPENING = Pattern.compile("<ac:structured-macro(\\s[^>]*?)?(/?>)");
    private static final Pattern MACRO_ID = Pattern.compile("\\sac:macro-id=\"([^\"]*)\"");

    private final Supplier<String> fresh;

    public MacroIds() {
        this(() -> UUID.randomUUID().toString());
    }

    /** With ids from {@code fresh} (tests); each must be new to the page. */
    MacroIds(Supplier<String> fresh) {
        this.fresh = fresh;
    }

    /** The storage-format body with an {@code ac:macro-id} on every structured macro, unique within the page. */
    public String assign(String storage) {
        Matcher m = OPENING.matcher(storage == null ? "" : storage);
        Set<String> seen = new HashSet<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String attributes = m.group(1) == null ? "" : m.group(1);
            Matcher id = MACRO_ID.matcher(attributes);
            String kept = id.find() ? id.group(1) : null;
            String replacement;
            if (kept != null && !kept.isBlank() && seen.add(kept)) {
                replacement = m.group();
            } else {
                String given = fresh.get();
                seen.add(given);
                String rest = kept == null ? attributes : id.replaceFirst("");
                replacement = "<ac:structured-macro ac:macro-id=\"" + given + "\"" + rest + m.group(2);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}

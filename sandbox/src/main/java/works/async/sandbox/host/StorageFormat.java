package works.async.sandbox.host;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Confluence's storage-format rendering for the sandbox: the page's XHTML is kept, and each
 * {@code <ac:structured-macro ac:name="...">} (not nested) is replaced by its macro's output. Page bodies come only
 * from the demo seeding; the sandbox has no page editor, so no visitor's markup reaches this path.
 */
public final class StorageFormat {

    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro\\s+ac:name=\"([^\"]+)\"[^>]*>(.*?)</ac:structured-macro>", Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile(
            "<ac:parameter\\s+ac:name=\"([^\"]+)\"[^>]*>(.*?)</ac:parameter>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile(
            "<ac:(?:rich-text|plain-text)-body>(.*?)</ac:(?:rich-text|plain-text)-body>", Pattern.DOTALL);

    /** One macro occurrence. */
    public record Macro(String name, Map<String, String> parameters, String body) {
    }

    private StorageFormat() {
    }

    /** Every macro of a page body, in order. */
    public static List<Macro> macros(String storage) {
        List<Macro> found = new ArrayList<>();
        render(storage, macro -> {
            found.add(macro);
            return "";
        });
        return found;
    }

    public static String render(String storage, Function<Macro, String> macroRenderer) {
        Matcher m = MACRO.matcher(storage == null ? "" : storage);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Map<String, String> params = new LinkedHashMap<>();
            Matcher p = PARAM.matcher(m.group(2));
            while (p.find()) {
                params.put(p.group(1), p.group(2));
            }
            Matcher b = BODY.matcher(m.group(2));
            String body = b.find() ? b.group(1) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(macroRenderer.apply(new Macro(m.group(1), params, body))));
        }
        m.appendTail(out);
        return out.toString();
    }
}

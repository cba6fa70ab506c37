package works.async.plugin.pagemacro;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of Confluence's storage format for the page-save listener and the sandbox: each
 * {@code <ac:structured-macro ac:name="..." ac:macro-id="...">} (not nested; self-closing when it has nothing inside) with its parameters and body, and the
 * plain text of a rich-text body. Confluence writes an {@code ac:macro-id} on every structured macro it stores, unique
 * within the page (8.7.2's {@code StorageMacroV2Marshaller.writeMacroId}); copying a page keeps them, so the keying
 * is by page id and macro id together. Parameter values are XML-unescaped.
 */
public final class StorageFormat {

    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro\\s([^>]*?)(?:/>|>(.*?)</ac:structured-macro>)", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("\\bac:name=\"([^\"]+)\"");
    private static final Pattern MACRO_ID = Pattern.compile("\\bac:macro-id=\"([^\"]+)\"");
    private static final Pattern PARAM = Pattern.compile(
            "<ac:parameter\\s+ac:name=\"([^\"]+)\"[^>]*>(.*?)</ac:parameter>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile(
            "<ac:(?:rich-text|plain-text)-body>(.*?)</ac:(?:rich-text|plain-text)-body>", Pattern.DOTALL);
    private static final Pattern BLOCK_END = Pattern.compile("</(?:p|li|h[1-6]|div|tr)>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[(.*?)]]>", Pattern.DOTALL);

    private StorageFormat() {
    }

    /** Every macro of a page body, in order. */
    public static List<MacroOccurrence> macros(String storage) {
        List<MacroOccurrence> found = new ArrayList<>();
        render(storage, macro -> {
            found.add(macro);
            return "";
        });
        return found;
    }

    /** The body with each macro replaced by what {@code macroRenderer} makes of it; the rest is kept as it is. */
    public static String render(String storage, Function<MacroOccurrence, String> macroRenderer) {
        Matcher m = MACRO.matcher(storage == null ? "" : storage);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Matcher name = NAME.matcher(m.group(1));
            Matcher id = MACRO_ID.matcher(m.group(1));
            Map<String, String> params = new LinkedHashMap<>();
            String inner = m.group(2) == null ? "" : m.group(2);
            Matcher p = PARAM.matcher(inner);
            while (p.find()) {
                params.put(unescape(p.group(1)), unescape(p.group(2)));
            }
            Matcher b = BODY.matcher(inner);
            String body = b.find() ? b.group(1) : "";
            MacroOccurrence macro = new MacroOccurrence(name.find() ? unescape(name.group(1)) : "",
                    id.find() ? unescape(id.group(1)) : null, params, body);
            m.appendReplacement(out, Matcher.quoteReplacement(macroRenderer.apply(macro)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The words of a storage-format fragment: tags dropped, paragraphs and line breaks as new lines, entities read. */
    public static String plainText(String storage) {
        String text = CDATA.matcher(storage == null ? "" : storage).replaceAll(r -> Matcher.quoteReplacement(escape(r.group(1))));
        text = BLOCK_END.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return unescape(text).replaceAll("[ \\t]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&nbsp;", " ").replace("&amp;", "&");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}

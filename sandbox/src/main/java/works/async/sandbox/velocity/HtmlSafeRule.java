package works.async.sandbox.velocity;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;

import com.atlassian.velocity.htmlsafe.HtmlSafe;

import works.async.plugin.web.Html;

/**
 * Which inserted values the host leaves unescaped, as Atlassian's velocity-htmlsafe library decides (read in its
 * public decompiled sources: HtmlAnnotationEscaper, HtmlSafeMethodNameAnnotator): values returned by a method
 * annotated {@code @HtmlSafe}, or whose name ends in "html" (any case) or starts with "render" / "getRender"; and
 * plain (scalar) references whose name ends in "html" or is {@code xHtmlContent}, {@code body} or {@code head}.
 */
public final class HtmlSafeRule {

    private static final Set<String> SAFE_REFERENCE_NAMES = Set.of("xHtmlContent", "body", "head");

    private HtmlSafeRule() {
    }

    public static boolean isHtmlSafe(Method method) {
        String name = method.getName();
        return method.isAnnotationPresent(HtmlSafe.class) || endsWithHtml(name) || name.startsWith("render")
                || name.startsWith("getRender");
    }

    /** Whether a reference such as {@code $fooHtml} or {@code $!{body}} is exempt by its name alone. */
    public static boolean isSafeReference(String literal) {
        String name = literal.replace("$", "").replace("!", "").replace("{", "").replace("}", "");
        if (name.indexOf('.') >= 0) {
            return false;
        }
        int paren = name.indexOf('(');
        String base = paren < 0 ? name : name.substring(0, paren);
        return endsWithHtml(base) || SAFE_REFERENCE_NAMES.contains(base);
    }

    private static boolean endsWithHtml(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith("html");
    }

    /** HTML-encodes the five characters that matter in text and attribute values (plugin-common's {@link Html}). */
    public static String encode(String text) {
        return Html.escape(text);
    }
}

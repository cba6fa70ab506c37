package works.async.sandbox.pages;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.plugin.pagemacro.StorageFormat;

/**
 * A page body as the page view shows it: each macro as the plugin renders it, and everything around the macros
 * (which anyone with edit permission wrote) cleaned to an allowlist of formatting elements and attributes, as
 * Confluence's storage format allows no script, event handler or {@code javascript:} link either. The macros' own
 * HTML is the plugin's, which encodes what it shows, and is put back only where text was, never inside an attribute.
 */
final class PageBodyHtml {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Safelist ALLOWED = Safelist.relaxed();

    private PageBodyHtml() {
    }

    static String render(String storage, Function<MacroOccurrence, String> macroHtml) {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        // A marker nobody can type in advance: the page's own text cannot pose as a macro's place.
        String marker = "aw-macro-" + HexFormat.of().formatHex(nonce) + "-";
        List<String> macros = new ArrayList<>();
        String withMarkers = StorageFormat.render(storage, m -> {
            macros.add(macroHtml.apply(m));
            return marker + (macros.size() - 1) + "-";
        });
        Document clean = new Cleaner(ALLOWED).clean(Jsoup.parseBodyFragment(withMarkers));
        for (Element e : clean.body().getAllElements()) {
            for (Attribute a : e.attributes().asList()) {
                if (a.getValue().contains(marker)) {
                    e.attr(a.getKey(), a.getValue().replaceAll(marker + "\\d+-", ""));
                }
            }
        }
        clean.outputSettings().prettyPrint(false);
        String html = clean.body().html();
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int found = html.indexOf(marker, at);
            if (found < 0) {
                break;
            }
            int end = html.indexOf('-', found + marker.length());
            out.append(html, at, found);
            out.append(macros.get(Integer.parseInt(html.substring(found + marker.length(), end))));
            at = end + 1;
        }
        return out.append(html, at, html.length()).toString();
    }
}

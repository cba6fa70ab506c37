package works.async.plugin.projectpage;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

import com.atlassian.sal.api.message.I18nResolver;

/**
 * Writes a draft's sections as plain text in the author's language, with times in the author's zone. Each section
 * is a heading with its count and one "- " line per entry; an empty section says so, and a full one says that the
 * list stops there.
 */
final class DraftText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** One entry of a section: the issue and, for the agreements' lists, when it was due or asked. */
    record Line(String key, String title, Instant at) {
    }

    private final I18nResolver i18n;
    private final ZoneId zone;
    private final int limit;
    private final StringBuilder out = new StringBuilder();

    DraftText(I18nResolver i18n, ZoneId zone, int limit) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.limit = limit;
    }

    String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    /** The day of the instant in the author's zone, e.g. {@code 2026-03-05}. */
    String date(Instant instant) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(instant.atZone(zone));
    }

    String text(String key, Serializable... arguments) {
        return arguments.length == 0 ? i18n.getText(key) : i18n.getText(key, arguments);
    }

    DraftText paragraph(String line) {
        out.append(line).append("\n\n");
        return this;
    }

    /** A section; {@code lineKey} formats an entry from (key, title, time) and {@code null} times are not shown. */
    DraftText section(String headingKey, List<Line> lines, String lineKey) {
        out.append(text(headingKey, String.valueOf(lines.size()))).append('\n');
        if (lines.isEmpty()) {
            out.append("- ").append(text("async.ui.project.draft.none")).append('\n');
        }
        for (Line line : lines) {
            out.append("- ").append(line.at() == null
                    ? text(lineKey, line.key(), line.title())
                    : text(lineKey, line.key(), line.title(), time(line.at()))).append('\n');
        }
        if (lines.size() >= limit) {
            out.append("- ").append(text("async.ui.project.draft.more", String.valueOf(limit))).append('\n');
        }
        out.append('\n');
        return this;
    }

    String body() {
        return out.toString().strip() + "\n";
    }
}

package works.async.plugin.mail;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;

import com.atlassian.templaterenderer.TemplateRenderer;

/**
 * A mocked template renderer that prints the mail template's values one per line ({@code key=value}, sorted), so that
 * a mail's body shows exactly what the template receives; still a mock, so a test can make it fail.
 */
public final class PrintedMail {

    private PrintedMail() {
    }

    public static TemplateRenderer renderer() throws Exception {
        TemplateRenderer renderer = mock(TemplateRenderer.class);
        doAnswer(call -> {
            Writer out = call.getArgument(2);
            Map<String, Object> context = call.getArgument(1);
            for (Map.Entry<String, Object> value : new TreeMap<>(context).entrySet()) {
                out.write(value.getKey() + "=" + value.getValue() + "\n");
            }
            return null;
        }).when(renderer).render(eq(NotificationMails.TEMPLATE), anyMap(), any(Writer.class));
        return renderer;
    }
}

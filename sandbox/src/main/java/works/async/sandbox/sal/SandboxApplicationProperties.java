package works.async.sandbox.sal;

import java.net.URI;
import java.util.Objects;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;

/**
 * SAL's application properties of the sandbox: its base URL is where its server listens ({@code http://host:port},
 * no context path), known once the server is bound, so a mail links to the sandbox a reader can reach. The products
 * answer the base URL their administrator configured; the sandbox has nothing to configure it with.
 */
public final class SandboxApplicationProperties implements ApplicationProperties {

    private volatile String base = "";

    /** Called once the server listens (a port of 0 is only known then). */
    public void listeningAt(URI baseUri) {
        base = Objects.requireNonNull(baseUri, "baseUri").toString().replaceAll("/+$", "");
    }

    /** Absolute for the canonical and absolute modes, the (empty) context path for the relative ones, as SAL's. */
    @Override
    public String getBaseUrl(UrlMode urlMode) {
        return switch (urlMode) {
            case RELATIVE, RELATIVE_CANONICAL -> "";
            case CANONICAL, ABSOLUTE, AUTO -> base;
        };
    }
}

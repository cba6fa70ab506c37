package works.async.sandbox.http;

import java.util.EnumSet;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServlet;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;

/**
 * Jetty 12 with one servlet context: the filters (body limit, sign-in) in front of everything, Jersey at the
 * plugin's REST path, and the host's servlets.
 */
public final class HttpHost {

    /** The plugin's REST base path: {@code <rest path="/async-work" version="1.0">}. */
    public static final String REST_PATH = "/rest/async-work/1.0";

    private final Server server;
    private final HttpConfiguration httpConfig;
    private final ServletContextHandler context;
    private final SafeErrorPages errors = RestErrorPages.context();

    public HttpHost(String bind, int port) {
        server = new Server();
        httpConfig = new HttpConfiguration();
        // No "Server: Jetty(12.x)" header and no "Powered by Jetty" line on error pages: the version helps attackers only.
        httpConfig.setSendServerVersion(false);
        httpConfig.setSendXPoweredBy(false);
        ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfig));
        connector.setHost(bind);
        connector.setPort(port);
        server.addConnector(connector);
        context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        // Jetty's own form limit (200,000 bytes) would turn a long page body into a 500; the host's limit is
        // BodyLimitFilter's, which answers 413, and the forms bound their fields below it.
        context.setMaxFormContentSize(BodyLimitFilter.LIMIT);
        context.getSessionHandler().setHttpOnly(true);
        context.getSessionHandler().setSameSite(HttpCookie.SameSite.LAX);
        // Secure whenever the request came over HTTPS (the sandbox trusts no X-Forwarded-Proto, so only then).
        context.getSessionHandler().setSecureRequestOnly(true);
        // Error pages without servlet names, stacks or causes (SafeErrorPages), and in the REST error shape under the
        // REST path.
        context.setErrorHandler(errors);
        server.setErrorHandler(RestErrorPages.server());
        server.setHandler(context);
        // First of all filters: TRACE refused, nosniff everywhere, no-store on JSON.
        filter(new SecurityHeadersFilter());
    }

    public HttpHost filter(Filter filter) {
        return filter(filter, "/*");
    }

    /** A filter for these paths only, as a plugin's {@code servlet-filter} module names its URL patterns. */
    public HttpHost filter(Filter filter, String... paths) {
        FilterHolder holder = new FilterHolder(filter);
        for (String path : paths) {
            context.addFilter(holder, path, EnumSet.of(DispatcherType.REQUEST));
        }
        return this;
    }

    /** Pages (not REST) answer an error with the host's page in its own look rather than Jetty's. */
    public HttpHost errorPages(SafeErrorPages.Pages pages) {
        errors.pages(pages);
        return this;
    }

    public HttpHost servlet(HttpServlet servlet, String... paths) {
        ServletHolder holder = new ServletHolder(servlet);
        for (String path : paths) {
            context.addServlet(holder, path);
        }
        return this;
    }

    /**
     * Jersey with the plugin's resources and providers (instances the plugin's Spring context created, see
     * {@link PluginRest}), JSON through Jackson, and the REST v2 rules.
     */
    public HttpHost rest(List<Object> components) {
        ResourceConfig config = new ResourceConfig();
        // Without Jackson's own exception mappers, so that malformed JSON reaches the plugin's mapper (its error shape).
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(XsrfPreMatchingFilter.class);
        config.register(RestSecurityFeature.class);
        components.forEach(config::register);
        ServletHolder holder = new ServletHolder(new ServletContainer(config));
        holder.setInitOrder(1);
        context.addServlet(holder, REST_PATH + "/*");
        return this;
    }

    public void start() throws Exception {
        server.start();
    }

    /** The connector's HTTP settings (tests add a customizer standing in for TLS). */
    HttpConfiguration httpConfiguration() {
        return httpConfig;
    }

    public int port() {
        return ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    }

    public void stop() throws Exception {
        server.stop();
    }
}

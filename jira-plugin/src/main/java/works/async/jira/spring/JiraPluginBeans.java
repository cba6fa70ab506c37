package works.async.jira.spring;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import works.async.plugin.spring.HostClock;
import works.async.plugin.web.ScreenLinks;
import works.async.plugin.web.waiting.WaitingLinks;

/** What the shared beans need to know about Jira itself: its links and its clock. */
@Configuration(proxyBeanMethods = false)
public class JiraPluginBeans {

    /**
     * Where a person edits their own Jira profile, time zone included, relative to the base URL; the shared
     * settings screen links there ({@code works.async.plugin.web.Screens}), since the zone is not changed in it.
     */
    public static final String PROFILE_HREF = "/secure/ViewProfile.jspa";

    /**
     * Where the issue panel links a report. No Jira page serves it yet (the sandbox's page of this path is its
     * stand-in); the page to come must, or the panel's report links lead nowhere.
     */
    public static final String REPORT_HREF = "/secure/async-work/report/{id}";

    /**
     * The screens' links start with Jira's context path ({@code ""} at the root, {@code /jira} under it): SAL's
     * relative base URL. Read once, at the plugin's start: the context path is fixed by how Jira is deployed and only
     * changes with a restart, which restarts the plugin too; what can change while Jira runs (the host name of the
     * canonical base URL) is not part of a relative link. Mail, which needs the absolute URL, reads it per mail.
     */
    @Bean
    public ScreenLinks screenLinks(ApplicationProperties applicationProperties) {
        return new ScreenLinks(applicationProperties.getBaseUrl(UrlMode.RELATIVE), REPORT_HREF, PROFILE_HREF);
    }

    /** Where the "waiting for me" page links issues, pages and agreements: the products' own pages. */
    @Bean
    public WaitingLinks waitingLinks() {
        return WaitingLinks.products();
    }

    @Bean
    public HostClock hostClock() {
        return HostClock.system();
    }
}

package works.async.confluence.spring;

import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spring.HostClock;
import works.async.plugin.web.ScreenLinks;
import works.async.plugin.web.waiting.WaitingLinks;

/** What the shared beans need to know about Confluence itself: its links, its clock, and that it has no projects. */
@Configuration(proxyBeanMethods = false)
public class ConfluencePluginBeans {

    /**
     * Where a person edits their own Confluence profile, time zone included, relative to the base URL; the shared
     * settings screen links there ({@code works.async.plugin.web.Screens}), since the zone is not changed in it.
     */
    public static final String PROFILE_HREF = "/users/viewmyprofile.action";

    /**
     * Where a report would be linked. Only Jira's issue panel links reports (Confluence shows them in the
     * {@code async-report} macro), so no Confluence screen renders this; it is the path the sandbox serves.
     */
    public static final String REPORT_HREF = "/secure/async-work/report/{id}";

    /**
     * The screens' links start with Confluence's context path ({@code ""} at the root, {@code /confluence} under it):
     * SAL's relative base URL. Read once, at the plugin's start, as in Jira: the context path is fixed by how
     * Confluence is deployed and only changes with a restart, which restarts the plugin too. Mail, which needs the
     * absolute URL, reads it per mail.
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

    /** Confluence has no projects, so no project page lists anything: every issue list is empty. */
    @Bean
    public ProjectWork projectWork() {
        return ProjectWork.NONE;
    }

    @Bean
    public HostClock hostClock() {
        return HostClock.system();
    }
}

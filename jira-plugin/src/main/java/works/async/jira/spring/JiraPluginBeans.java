package works.async.jira.spring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import works.async.plugin.spring.HostClock;
import works.async.plugin.web.ScreenLinks;

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
     * The base URL is Jira's context path; read from SAL's {@code ApplicationProperties} it belongs with the adapters
     * still to come, so it is the root until then (right for a Jira at the root, wrong under {@code /jira}).
     */
    @Bean
    public ScreenLinks screenLinks() {
        return new ScreenLinks("", REPORT_HREF, PROFILE_HREF);
    }

    @Bean
    public HostClock hostClock() {
        return HostClock.system();
    }
}

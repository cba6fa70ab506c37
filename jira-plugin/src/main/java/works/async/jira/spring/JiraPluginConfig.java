package works.async.jira.spring;

import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import works.async.plugin.spring.SharedHostImports;
import works.async.plugin.spring.SharedPluginBeans;

/**
 * Root of the Jira plugin's Spring Java config (named in META-INF/spring/plugin-context.xml):
 * host imports, the plugin's own beans and its exports, each in a class of its own.
 */
@Configuration
@Import({SharedHostImports.class, SharedPluginBeans.class})
public class JiraPluginConfig {

    /**
     * Where a person edits their own Jira profile, time zone included, relative to the base URL; the shared
     * settings screen links there ({@code works.async.plugin.web.Screens}), since the zone is not changed in it.
     */
    public static final String PROFILE_HREF = "/secure/ViewProfile.jspa";
}

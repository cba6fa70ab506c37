package works.async.jira.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import works.async.plugin.page.Pages;
import works.async.plugin.rest.Messages;

/**
 * Jira's writer of the plugin's pages: the shared {@link Pages} with Jira's web resource for the pages' scripts and
 * Jira's ordinary page ({@link PageLayout#general}) for refusals.
 */
public final class JiraPages {

    /** The descriptor's web resource for the plugin's own pages: plugin key, then module key. */
    public static final String WEB_RESOURCE = "works.async.jira:async-work-ui";

    private JiraPages() {
    }

    public static Pages create(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                               Messages messages) {
        return new Pages(renderer, pageBuilder, i18n, messages, WEB_RESOURCE, PageLayout::general);
    }
}

package works.async.confluence.web;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;

import works.async.plugin.page.Pages;
import works.async.plugin.rest.Messages;

/**
 * Confluence's writer of the plugin's pages: the shared {@link Pages} with Confluence's web resource for the pages'
 * scripts and Confluence's ordinary page ({@link ConfluenceLayout#general}) for refusals.
 */
public final class ConfluencePages {

    /** The descriptor's web resource for the plugin's own pages: plugin key, then module key. */
    public static final String WEB_RESOURCE = "works.async.confluence:async-work-ui";

    private ConfluencePages() {
    }

    public static Pages create(TemplateRenderer renderer, PageBuilderService pageBuilder, I18nResolver i18n,
                               Messages messages) {
        return new Pages(renderer, pageBuilder, i18n, messages, WEB_RESOURCE, ConfluenceLayout::general);
    }
}

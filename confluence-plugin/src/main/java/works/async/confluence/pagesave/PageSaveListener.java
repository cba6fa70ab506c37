package works.async.confluence.pagesave;

import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import works.async.plugin.access.Caller;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageReports;
import works.async.plugin.pagemacro.PageSaved;

/**
 * A page that is published or saved again updates the reports of its {@code async-report} macros
 * ({@link PageReports#pageSaved}) and the ownership requests of its {@code async-action-item} macros
 * ({@link PageActionItems#pageSaved}): read from the page's storage-format body, by the person who saved it (the signed-in
 * user of the request that saves, as Confluence publishes these events on that thread). Whatever fails is logged and
 * never thrown: Confluence's save stands, and the macro shows what is wrong when the page is viewed.
 *
 * <p>{@link #start()} and {@link #stop()} are the bean's init and destroy methods, so the listener is registered
 * exactly while the plugin is enabled.
 */
public final class PageSaveListener {

    private static final Logger LOG = Logger.getLogger(PageSaveListener.class.getName());

    private final EventPublisher publisher;
    private final PageSaved pageSaved;
    private final Caller caller;

    public PageSaveListener(EventPublisher publisher, PageReports reports, PageActionItems actionItems, Caller caller) {
        this.publisher = publisher;
        this.pageSaved = new PageSaved(reports, actionItems);
        this.caller = caller;
    }

    public void start() {
        publisher.register(this);
    }

    public void stop() {
        publisher.unregister(this);
    }

    @EventListener
    public void onPageCreate(PageCreateEvent event) {
        saved(event);
    }

    @EventListener
    public void onPageUpdate(PageUpdateEvent event) {
        saved(event);
    }

    private void saved(PageEvent event) {
        String pageId = null;
        try {
            Page page = event.getPage();
            pageId = Long.toString(page.getId());
            Optional<String> author = caller.key();
            if (author.isEmpty()) {
                LOG.info("Async Work: page " + pageId + " saved without a signed-in user; its macros are left as they were");
                return;
            }
            pageSaved.handle(pageId, author.get(), page.getBodyAsString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Async Work: saved page " + pageId + " not handled; Confluence's save stands", e);
        }
    }
}

package works.async.confluence.pagesave;

import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.atlassian.confluence.event.events.content.page.PageCreateEvent;
import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.event.events.content.page.PageUpdateEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import works.async.core.DomainException;
import works.async.plugin.access.Caller;
import works.async.plugin.pagemacro.MacroOccurrence;
import works.async.plugin.pagemacro.PageActionItems;
import works.async.plugin.pagemacro.PageReports;
import works.async.plugin.pagemacro.StorageFormat;

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
    private final PageReports reports;
    private final PageActionItems actionItems;
    private final Caller caller;

    public PageSaveListener(EventPublisher publisher, PageReports reports, PageActionItems actionItems, Caller caller) {
        this.publisher = publisher;
        this.reports = reports;
        this.actionItems = actionItems;
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
            List<MacroOccurrence> macros = StorageFormat.macros(page.getBodyAsString());
            String id = pageId;
            // Each kind on its own: a failure with the reports still lets the action items be asked, and the reverse.
            handled(id, "reports", () -> reports.pageSaved(id, author.get(), macros).stream()
                    .filter(o -> o.change() == PageReports.Change.REFUSED)
                    .forEach(o -> refused("report", id, o.macroId(), o.parameter(), o.refusal())));
            handled(id, "action items", () -> actionItems.pageSaved(id, author.get(), macros).stream()
                    .filter(o -> o.change() == PageActionItems.Change.REFUSED)
                    .forEach(o -> refused("action item", id, o.macroId(), o.parameter(), o.refusal())));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Async Work: saved page " + pageId + " not handled; Confluence's save stands", e);
        }
    }

    private static void handled(String pageId, String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Async Work: the " + what + " of saved page " + pageId
                    + " not handled; Confluence's save stands", e);
        }
    }

    private static void refused(String kind, String pageId, String macroId, String parameter, DomainException refusal) {
        LOG.info("Async Work: " + kind + " macro " + macroId + " on page " + pageId + " not saved: parameter "
                + parameter + ", " + refusal.code().id());
    }
}

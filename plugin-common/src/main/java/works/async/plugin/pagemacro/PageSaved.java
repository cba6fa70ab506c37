package works.async.plugin.pagemacro;

import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

import works.async.core.DomainException;

/**
 * What a host does once a page is saved, the same in Confluence's page-save listener and the sandbox's page editor:
 * the reports of its {@code async-report} macros ({@link PageReports#pageSaved}), then the ownership requests of its
 * {@code async-action-item} macros ({@link PageActionItems#pageSaved}), each kind on its own so that a failure with
 * one still lets the other be handled. Refused macros and failures are logged, never thrown: the host's save stands,
 * and the macro shows what is wrong when the page is viewed.
 */
public final class PageSaved {

    private static final Logger LOG = Logger.getLogger(PageSaved.class.getName());

    private final PageReports reports;
    private final PageActionItems actionItems;

    public PageSaved(PageReports reports, PageActionItems actionItems) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.actionItems = Objects.requireNonNull(actionItems, "actionItems");
    }

    /** The page {@code pageId}, saved by {@code author} with this storage-format body. */
    public void handle(String pageId, String author, String storageBody) {
        List<MacroOccurrence> macros = StorageFormat.macros(storageBody);
        handled(pageId, "reports", () -> reports.pageSaved(pageId, author, macros).stream()
                .filter(o -> o.change() == PageReports.Change.REFUSED)
                .forEach(o -> refused("report", pageId, o.macroId(), o.parameter(), o.refusal())));
        handled(pageId, "action items", () -> actionItems.pageSaved(pageId, author, macros).stream()
                .filter(o -> o.change() == PageActionItems.Change.REFUSED)
                .forEach(o -> refused("action item", pageId, o.macroId(), o.parameter(), o.refusal())));
    }

    private static void handled(String pageId, String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Async Work: the " + what + " of saved page " + pageId
                    + " not handled; the host's save stands", e);
        }
    }

    private static void refused(String kind, String pageId, String macroId, String parameter, DomainException refusal) {
        LOG.info("Async Work: " + kind + " macro " + macroId + " on page " + pageId + " not saved: parameter "
                + parameter + ", " + refusal.code().id());
    }
}

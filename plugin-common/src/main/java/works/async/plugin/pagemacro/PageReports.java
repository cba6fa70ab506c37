package works.async.plugin.pagemacro;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.Bounds;
import works.async.core.policy.PolicyService;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReplacedMeeting;
import works.async.core.report.ReportSeries;
import works.async.core.report.ReportChange;
import works.async.core.report.ReportService;
import works.async.core.schedule.CalendarResolver;
import works.async.plugin.access.Access;
import works.async.plugin.access.Participants;
import works.async.plugin.access.People;
import works.async.plugin.access.Scopes;
import works.async.plugin.access.Tx;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.item.DeletedItems;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * Reports written in pages: a page save publishes the report of each new {@code async-report} macro, revises the
 * report of one already there (its feedback kept), and withdraws the report of a macro taken off the page. A report
 * is keyed by the page's content id and the macro's id ({@link PageMacroIds}), so a copied page starts fresh reports
 * and never touches the original's. A macro with a bad parameter changes nothing and is reported back, naming the
 * parameter; the page itself always saves. A macro's {@code series} parameter starts, re-times or ends its recurring
 * series ({@link PageSeries}); saved with new text on or after the series' next date, the macro gets its next report
 * (a new id, {@link PageMacroIds#report(String, String, int)}), and the earlier one keeps its feedback. Product-neutral:
 * Confluence's listener and the sandbox's editor call it.
 */
public final class PageReports {

    /** Reports one page save looks at; a page with more report macros than this is not a page of reports. */
    static final int MAX_REPORTS_PER_PAGE = 200;

    private final MeetingReportStore store;
    private final ItemAccess items;
    private final Participants participants;
    private final PolicyService policies;
    private final Calendars calendars;
    private final Tx tx;
    private final Clock clock;

    public PageReports(MeetingReportStore store, ItemAccess items, People people, Access access, PolicyService policies,
                       Calendars calendars, Tx tx, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.items = Objects.requireNonNull(items, "items");
        this.participants = new Participants(people, access);
        this.policies = Objects.requireNonNull(policies, "policies");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.tx = Objects.requireNonNull(tx, "tx");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What a save did to one macro's report. */
    public enum Change { CREATED, UPDATED, UNCHANGED, WITHDRAWN, REFUSED }

    /**
     * One report's outcome: its id, the macro it belongs to (null for a withdrawn one), for a refusal the parameter it
     * names and the refusal itself, and what the save did to the macro's series.
     */
    public record Outcome(String macroId, String reportId, Change change, String parameter, DomainException refusal,
                          PageSeries.Change series) {
    }

    /**
     * The page was saved by {@code author} with these macros (every macro of the page; others than
     * {@code async-report} are ignored). Returns what happened to each report.
     */
    public List<Outcome> pageSaved(String pageId, String author, List<MacroOccurrence> macros) {
        HostItem page = items.find(ItemRef.Kind.CONFLUENCE_PAGE, pageId == null ? "" : pageId)
                .filter(p -> author != null && items.canView(author, p.ref()))
                .orElseThrow(Access::notFound);
        List<Outcome> outcomes = new ArrayList<>();
        Set<String> present = new HashSet<>();
        // Read before the saves: a macro's newest report is the one it shows, and the withdrawals below only concern
        // reports that were there already.
        List<ReportSummary> summaries = store.findSummariesByItem(page.ref(), MAX_REPORTS_PER_PAGE);
        for (MacroOccurrence macro : macros) {
            if (!ReportMacroParameters.NAME.equals(macro.name())) {
                continue;
            }
            if (macro.macroId() == null || macro.macroId().isBlank()) {
                outcomes.add(refused(macro, null, new DomainException(ErrorCode.REQUIRED, "macro-id",
                        "The macro has no id; Confluence gives it one when the page is saved.")));
                continue;
            }
            String first = PageMacroIds.report(page.ref().itemKey(), macro.macroId());
            if (!present.add(first) || present.size() > MAX_REPORTS_PER_PAGE) {
                continue;
            }
            String id = PageMacroIds.report(page.ref().itemKey(), macro.macroId(), newestNumber(summaries, first));
            try {
                outcomes.add(save(page, author, macro, id));
            } catch (DomainException refusal) {
                outcomes.add(refused(macro, id, refusal));
            }
        }
        Set<String> ended = new HashSet<>();
        for (ReportSummary summary : summaries) {
            String first = PageMacroIds.firstReportOf(summary.id());
            if (first == null || present.contains(first)) {
                continue;
            }
            if (summary.state() == MeetingReport.ReportState.OPEN) {
                tx.call(() -> service(page, summary.id()).withdraw(summary.id()));
                outcomes.add(new Outcome(null, summary.id(), Change.WITHDRAWN, null, null, PageSeries.Change.NONE));
            }
            if (ended.add(first)) {
                endSeries(PageMacroIds.seriesOfReport(first));
            }
        }
        return outcomes;
    }

    /**
     * The page was trashed or removed: its open reports are withdrawn (feedback closes, what was given stays; a
     * report someone changed meanwhile is left to the deadline) and its report macros' series end. Returns how many
     * reports were withdrawn.
     */
    public int pageRemoved(ItemRef page) {
        int withdrawn = 0;
        Set<String> ended = new HashSet<>();
        for (ReportSummary summary : store.findSummariesByItem(page, MAX_REPORTS_PER_PAGE)) {
            if (summary.state() == MeetingReport.ReportState.OPEN) {
                // The page is gone, so its space's policy is out of reach; a withdrawal reads no calendar anyway.
                ReportService service = new ReportService(store, calendars.underGlobalPolicy(), clock, summary::id);
                withdrawn += DeletedItems.closeOne(() -> tx.call(() -> service.withdraw(summary.id())));
            }
            String series = PageMacroIds.seriesOfReport(summary.id());
            if (series != null && ended.add(series)) {
                endSeries(series);
            }
        }
        return withdrawn;
    }

    /** The macro's report as the page shows it now (its newest), and the id of its series (which may not exist). */
    public record Current(String reportId, String seriesId) {
    }

    /** The report the {@code async-report} macro {@code macroId} on page {@code pageId} shows: its newest. */
    public Current current(String pageId, String macroId) {
        String first = PageMacroIds.report(pageId, macroId);
        int number = items.find(ItemRef.Kind.CONFLUENCE_PAGE, pageId)
                .map(page -> newestNumber(store.findSummariesByItem(page.ref(), MAX_REPORTS_PER_PAGE), first))
                .orElse(0);
        return new Current(PageMacroIds.report(pageId, macroId, number), PageMacroIds.series(pageId, macroId));
    }

    /** The highest number among the page's reports of the macro whose first report is {@code first} (0: none yet). */
    private static int newestNumber(List<ReportSummary> summaries, String first) {
        return summaries.stream().filter(s -> first.equals(PageMacroIds.firstReportOf(s.id())))
                .mapToInt(s -> PageMacroIds.reportNumber(s.id())).max().orElse(0);
    }

    /** The series of a macro taken off the page ends; a series someone changed meanwhile is left for the next save. */
    private void endSeries(String seriesId) {
        store.findSeries(seriesId).ifPresent(series -> {
            try {
                tx.call(() -> store.deleteSeries(series.id(), series.version()));
            } catch (DomainException conflict) {
                if (conflict.code() != ErrorCode.CONFLICT) {
                    throw conflict;
                }
            }
        });
    }

    /**
     * Why the macro's parameters are refused, if they are (the first problem, naming its parameter): what the macro
     * shows in place of the report. Reviewers must be known users who can view the page.
     */
    public Optional<DomainException> problem(String pageId, java.util.Map<String, String> parameters) {
        try {
            ReportMacroParameters p = ReportMacroParameters.parse(parameters);
            Optional<HostItem> page = items.find(ItemRef.Kind.CONFLUENCE_PAGE, pageId == null ? "" : pageId);
            if (page.isPresent()) {
                reviewers(page.get(), p);
            }
            return Optional.empty();
        } catch (DomainException refusal) {
            return Optional.of(named(refusal));
        }
    }

    private record Reviewers(List<String> required, List<String> optional) {
    }

    private Reviewers reviewers(HostItem page, ReportMacroParameters p) {
        return new Reviewers(
                participants.keys(page, p.reviewers(), ReportMacroParameters.REVIEWERS, "reviewers",
                        i -> ReportMacroParameters.REVIEWERS),
                participants.keys(page, p.optionalReviewers(), ReportMacroParameters.OPTIONAL_REVIEWERS, "reviewers",
                        i -> ReportMacroParameters.OPTIONAL_REVIEWERS));
    }

    private Outcome save(HostItem page, String author, MacroOccurrence macro, String id) {
        ReportMacroParameters p = ReportMacroParameters.parse(macro.parameters());
        Reviewers reviewers = reviewers(page, p);
        String body = StorageFormat.plainText(macro.body());
        if (body.isBlank()) {
            throw new DomainException(ErrorCode.REQUIRED, ReportMacroParameters.BODY, "Write the report in the macro's body.");
        }
        Bounds.requireProse(body, 100_000, ReportMacroParameters.BODY);
        String title = page.title() == null || page.title().isBlank() ? "Report" : page.title();
        ReplacedMeeting meeting = p.meeting(title);
        Optional<MeetingReport> existing = store.findById(id);
        if (existing.isPresent() && !existing.get().item().equals(page.ref())) {
            throw Access.notFound(); // another page's report: never reached, the id names its page
        }
        String seriesId = PageMacroIds.series(page.ref().itemKey(), macro.macroId());
        Optional<ReportSeries> stored = store.findSeries(seriesId);
        boolean newText = existing.isPresent() && !existing.get().body().equals(body);
        CalendarResolver zones = calendars.underItemPolicy(page);
        PageSeries.Decision series = PageSeries.decide(stored, seriesId, page.ref(), meeting, author, p.series(),
                newText, clock.instant(), user -> zones.calendarFor(user).zone());
        // The report and its series change together, or neither does.
        return tx.call(() -> {
            Outcome outcome;
            if (existing.isPresent() && series.change() != PageSeries.Change.NEXT_REPORT) {
                ReportChange change = service(page, id).revise(id, title, body, meeting, reviewers.required(),
                        reviewers.optional());
                boolean changed = change.report().version() != existing.get().version();
                outcome = new Outcome(macro.macroId(), id, changed ? Change.UPDATED : Change.UNCHANGED, null, null,
                        series.change());
            } else {
                String published = existing.isPresent()
                        ? PageMacroIds.report(page.ref().itemKey(), macro.macroId(), PageMacroIds.reportNumber(id) + 1)
                        : id;
                Duration window = p.feedbackWindow() != null ? p.feedbackWindow()
                        : policies.effective(Scopes.of(page)).feedbackWindow();
                service(page, published).publish(page.ref(), title, body, meeting, author, reviewers.required(),
                        reviewers.optional(), window);
                outcome = new Outcome(macro.macroId(), published, Change.CREATED, null, null, series.change());
            }
            if (series.change() == PageSeries.Change.ENDED) {
                store.deleteSeries(seriesId, stored.orElseThrow().version());
            } else if (series.series() != null) {
                store.saveSeries(series.series(), stored.map(ReportSeries::version).orElse(0L));
            }
            return outcome;
        });
    }

    private ReportService service(HostItem page, String id) {
        return new ReportService(store, calendars.underItemPolicy(page), clock, () -> id);
    }

    private static Outcome refused(MacroOccurrence macro, String id, DomainException refusal) {
        DomainException named = named(refusal);
        return new Outcome(macro.macroId(), id, Change.REFUSED, named.field(), named, PageSeries.Change.NONE);
    }

    /** The refusal with its field renamed to the macro parameter it is about. */
    private static DomainException named(DomainException refusal) {
        String parameter = ReportMacroParameters.parameterOf(refusal.field());
        return Objects.equals(parameter, refusal.field()) ? refusal
                : new DomainException(refusal.code(), parameter, refusal.getMessage());
    }
}

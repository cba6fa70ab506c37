package works.async.plugin.waiting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import works.async.core.ItemRef;
import works.async.core.insight.TeamFigures;
import works.async.core.insight.TeamInsights;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.policy.PolicyScope.ContainerKind;
import works.async.core.reply.ReplyRequest;
import works.async.core.report.MeetingReport;
import works.async.plugin.access.Caller;
import works.async.plugin.agreement.AgreementAcks;
import works.async.plugin.calendar.Calendars;
import works.async.plugin.ownership.OwnershipRequestStore;
import works.async.plugin.reply.ReplyRequestStore;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.spi.HostItem;
import works.async.plugin.spi.ItemAccess;

/**
 * Reads what waits for the caller, and only for the caller: each list by one indexed query on the caller's own key
 * (recipient, owner, reviewer), bounded, then each item checked against the host's permissions, so an issue or page
 * the caller can no longer see is left out entirely (its key and title never reach the page). Their own figures are
 * core's team arithmetic over their own agreements, with no minimum group size: they are the only person behind them
 * and the only one who sees them.
 */
public final class WaitingForMe {

    /** At most this many of each kind are listed (soonest due first); more is a backlog, not a to-do list. */
    public static final int MAX_PER_KIND = 100;
    /** Own figures cover the same weeks as a team's insights by default. */
    public static final int FIGURE_WEEKS = 8;
    /** Own agreements read for the figures (one person's weeks; far more than anyone gets). */
    static final int MAX_FIGURE_ROWS = 5_000;
    /** Projects and spaces looked at for agreements to acknowledge. */
    static final int MAX_CONTAINERS = 50;

    private final ReplyRequestStore replies;
    private final OwnershipRequestStore ownership;
    private final MeetingReportStore reports;
    private final AgreementAcks acks;
    private final ItemAccess items;
    private final Calendars calendars;
    private final Caller caller;
    private final Clock clock;

    public WaitingForMe(ReplyRequestStore replies, OwnershipRequestStore ownership, MeetingReportStore reports,
                        AgreementAcks acks, ItemAccess items, Calendars calendars, Caller caller, Clock clock) {
        this.replies = Objects.requireNonNull(replies, "replies");
        this.ownership = Objects.requireNonNull(ownership, "ownership");
        this.reports = Objects.requireNonNull(reports, "reports");
        this.acks = Objects.requireNonNull(acks, "acks");
        this.items = Objects.requireNonNull(items, "items");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.caller = Objects.requireNonNull(caller, "caller");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One thing waiting, with the host's item it is on (visible to the caller). */
    public record Owed<T>(T request, HostItem item) {
    }

    /**
     * A project's or space's working agreement the caller may read and has not acknowledged.
     *
     * @param name the project's name (Jira), or the space key (the item port names no spaces)
     */
    public record Agreement(ContainerKind kind, String containerKey, String name) {
    }

    /** Everything on the page: four lists, soonest due first, and the caller's own figures. */
    public record Waiting(String userKey, List<Owed<ReplyRequest>> replies, List<Owed<OwnershipRequest>> ownership,
                          List<Owed<MeetingReport>> reports, List<Agreement> agreements, TeamInsights figures) {

        public Waiting {
            replies = List.copyOf(replies);
            ownership = List.copyOf(ownership);
            reports = List.copyOf(reports);
            agreements = List.copyOf(agreements);
        }
    }

    public Waiting mine() {
        String me = caller.require();
        Instant now = clock.instant();
        Map<ItemRef, Optional<HostItem>> seen = new LinkedHashMap<>();
        List<Owed<ReplyRequest>> owedReplies = visible(me, replies.findOpenByRecipient(me, MAX_PER_KIND),
                ReplyRequest::item, seen);
        List<Owed<OwnershipRequest>> owedOwnership = visible(me, ownership.findWaitingForOwner(me, MAX_PER_KIND),
                OwnershipRequest::item, seen);
        List<Owed<MeetingReport>> owedReports = visible(me, reports.findAwaitingFeedbackFrom(me, MAX_PER_KIND),
                MeetingReport::item, seen);

        Instant since = TeamFigures.since(now, FIGURE_WEEKS);
        List<OwnershipRequest> ownedSince = ownership.findByOwnerOpenedSince(me, since, MAX_FIGURE_ROWS);
        List<ReplyRequest> askedSince = replies.findByRecipientOpenedSince(me, since, MAX_FIGURE_ROWS);
        // The person's own calendar under the global policy: their agreements span projects and spaces, and a window
        // kept or missed is decided by the due time each request was given, not by this calendar.
        TeamInsights figures = TeamFigures.of(me, FIGURE_WEEKS, now, calendars.underGlobalPolicy(), 1,
                ownedSince, askedSince, List.of());

        Set<ItemRef> worked = new LinkedHashSet<>(seen.keySet());
        ownedSince.forEach(r -> worked.add(r.item()));
        askedSince.forEach(r -> worked.add(r.item()));
        return new Waiting(me, owedReplies, owedOwnership, owedReports, agreements(me, worked), figures);
    }

    /**
     * The working agreements of the projects and spaces the caller works in (where something waits for them or they
     * were asked in these weeks) that they may see and have not acknowledged. Every project of a large Jira would be
     * a list nobody reads; these are the teams whose agreement the caller is held to.
     */
    private List<Agreement> agreements(String me, Set<ItemRef> worked) {
        Set<String> containers = new LinkedHashSet<>();
        List<Agreement> found = new ArrayList<>();
        for (ItemRef ref : worked) {
            ContainerKind kind = ref.kind() == ItemRef.Kind.JIRA_ISSUE ? ContainerKind.JIRA_PROJECT
                    : ContainerKind.CONFLUENCE_SPACE;
            if (!containers.add(kind + ":" + ref.containerKey())) {
                continue;
            }
            if (containers.size() > MAX_CONTAINERS) {
                break;
            }
            member(me, kind, ref.containerKey())
                    .filter(agreement -> acks.acknowledgedAt(kind, agreement.containerKey(), me).isEmpty())
                    .ifPresent(found::add);
        }
        return found;
    }

    /** The container if the caller is one of its members, by the rule its agreement's own page applies. */
    private Optional<Agreement> member(String me, ContainerKind kind, String key) {
        if (kind == ContainerKind.JIRA_PROJECT) {
            return items.find(ItemRef.Kind.JIRA_ISSUE, key)
                    .filter(project -> project.ref().namesProjectPage() && items.canView(me, project.ref()))
                    .map(project -> new Agreement(kind, key, project.title()));
        }
        return items.canViewContainer(me, kind, key) ? Optional.of(new Agreement(kind, key, key)) : Optional.empty();
    }

    private <T> List<Owed<T>> visible(String me, List<T> requests, java.util.function.Function<T, ItemRef> itemOf,
                                      Map<ItemRef, Optional<HostItem>> seen) {
        List<Owed<T>> shown = new ArrayList<>();
        for (T request : requests) {
            ItemRef ref = itemOf.apply(request);
            // Asked once per item per page: several requests on one issue cost one permission check.
            seen.computeIfAbsent(ref, r -> items.find(r.kind(), r.itemKey())
                            .filter(item -> items.canView(me, item.ref())))
                    .ifPresent(item -> shown.add(new Owed<>(request, item)));
        }
        return shown;
    }
}

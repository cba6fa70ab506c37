package works.async.plugin.insight;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.core.ItemRef;
import works.async.core.insight.TeamFigures;
import works.async.core.insight.TeamInsights;
import works.async.core.policy.PolicyScope;
import works.async.plugin.access.Access;
import works.async.plugin.calendar.Calendars;

/**
 * Team-level insights of a project or space: aggregates only, computed from the agreements of recent weeks. Checks who
 * may see them and reads the agreements; the figures themselves are core's ({@link TeamFigures}).
 */
public final class Insights {

    public static final int DEFAULT_WEEKS = 8;
    public static final int MAX_WEEKS = 52;
    /** Rows read per kind; a team with more agreements in the period gets figures over the most recent ones. */
    static final int MAX_ROWS = 20_000;

    private final InsightSource source;
    private final Calendars calendars;
    private final Access access;
    private final Clock clock;
    private final int minimumPeople;

    /** Figures of fewer than {@link TeamFigures#MINIMUM_PEOPLE} people are withheld. */
    public Insights(InsightSource source, Calendars calendars, Access access, Clock clock) {
        this(source, calendars, access, clock, TeamFigures.MINIMUM_PEOPLE);
    }

    /** With another minimum group size: tests of the arithmetic over a handful of people. */
    public Insights(InsightSource source, Calendars calendars, Access access, Clock clock, int minimumPeople) {
        this.minimumPeople = minimumPeople;
        this.source = Objects.requireNonNull(source, "source");
        this.calendars = Objects.requireNonNull(calendars, "calendars");
        this.access = Objects.requireNonNull(access, "access");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public TeamInsights project(String projectKey, Integer weeks) {
        return of(PolicyScope.jiraProject(key(projectKey)), ItemRef.Kind.JIRA_ISSUE, weeks);
    }

    public TeamInsights space(String spaceKey, Integer weeks) {
        return of(PolicyScope.confluenceSpace(key(spaceKey)), ItemRef.Kind.CONFLUENCE_PAGE, weeks);
    }

    private TeamInsights of(PolicyScope scope, ItemRef.Kind kind, Integer weeksOrNull) {
        int weeks = weeksOrNull == null ? DEFAULT_WEEKS : weeksOrNull;
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new DomainException(ErrorCode.OUT_OF_RANGE, "weeks", "Between 1 and " + MAX_WEEKS + " weeks.");
        }
        access.requireContainerViewer(scope.containerKind(), scope.containerKey());
        Instant now = clock.instant();
        Instant since = TeamFigures.since(now, weeks);
        String key = scope.containerKey();
        return TeamFigures.of(key, weeks, now, calendars.underPolicyOf(scope), minimumPeople,
                source.ownership(kind, key, since, MAX_ROWS), source.replies(kind, key, since, MAX_ROWS),
                source.reports(kind, key, since, MAX_ROWS));
    }

    private static String key(String key) {
        if (key == null || key.isBlank()) {
            throw Access.notFound();
        }
        return key;
    }
}

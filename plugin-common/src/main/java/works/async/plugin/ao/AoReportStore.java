package works.async.plugin.ao;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.atlassian.activeobjects.external.ActiveObjects;

import net.java.ao.Query;
import works.async.core.ItemRef;
import works.async.core.report.Feedback;
import works.async.core.report.MeetingReport;
import works.async.core.report.ReportSeries;
import works.async.core.report.Reviewer;
import works.async.plugin.followup.Followup;
import works.async.plugin.report.DueReviewer;
import works.async.plugin.report.MeetingReportStore;
import works.async.plugin.report.ReportSummary;
import works.async.plugin.report.SeriesReminders;

/**
 * Reports (with reviewer and feedback child rows) and report series in Active Objects. A save rewrites the
 * children in the same transaction as the report row: reports have few reviewers, and the single report version
 * already serialises every change to them.
 */
public final class AoReportStore implements MeetingReportStore {

    static final String TABLE = "REPORT";
    static final String SERIES_TABLE = "REPORT_SERIES";
    private static final int PAGE = 500;

    private final ActiveObjects ao;
    private final VersionGuard guard;

    public AoReportStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.guard = new VersionGuard(ao);
    }

    @Override
    public Optional<MeetingReport> findById(String id) {
        ReportEntity row = load(id);
        return row == null ? Optional.empty() : Optional.of(assemble(List.of(row)).get(0));
    }

    /** Open reports closing by the instant, read a page of report rows at a time with their children in 2 queries per page. */
    @Override
    public List<MeetingReport> findOpenClosingBy(Instant instant) {
        List<MeetingReport> result = new ArrayList<>();
        long afterCloses = Long.MIN_VALUE;
        String afterId = "";
        while (true) {
            ReportEntity[] page = ao.find(ReportEntity.class, Query.select()
                    .where("STATE = ? AND CLOSES_AT <= ? AND (CLOSES_AT > ? OR (CLOSES_AT = ? AND ID > ?))",
                            MeetingReport.ReportState.OPEN.name(), instant.toEpochMilli(), afterCloses, afterCloses, afterId)
                    .order("CLOSES_AT, ID").limit(PAGE));
            result.addAll(assemble(Arrays.asList(page)));
            if (page.length < PAGE) {
                return result;
            }
            afterCloses = page[page.length - 1].getClosesAt();
            afterId = page[page.length - 1].getId();
        }
    }

    /**
     * Reviewer rows whose next check has come ({@code NEXT_CHECK_AT <= now}), ordered by (next check, row id) strictly
     * after ({@code afterCheck}, {@code afterRow}); settled reviewers (responded, or report closed) are never read.
     */
    @Override
    public List<DueReviewer> findReviewersDue(Instant now, long afterCheck, int afterRow, int limit) {
        return DueScan.page(ao, ReportReviewerEntity.class, now, afterCheck, afterRow, limit).stream()
                .map(AoReportStore::dueReviewer).toList();
    }

    /** Reviewer rows the pass could not plan, soonest retry first (the administrators' attention list).
     * Not indexed: every index costs each escalation's UPDATE, and this list is read rarely, by administrators. */
    @Override
    public List<DueReviewer> findReviewersWithProblems(int limit) {
        return Arrays.stream(ao.find(ReportReviewerEntity.class, Query.select().where("PROBLEM_RETRIES > ?", 0)
                .order("NEXT_CHECK_AT, ID").limit(limit))).map(AoReportStore::dueReviewer).toList();
    }

    /** The reports of these ids (at most 1,000) with their children, in three queries. */
    @Override
    public List<MeetingReport> findByIds(java.util.Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return assemble(Arrays.asList(ao.find(ReportEntity.class, Query.select()
                .where("ID IN (" + Columns.placeholders(ids.size()) + ")", ids.toArray()))));
    }

    /**
     * Two queries whatever the number of reports: the user's reviewer rows of open reports by the (user, report state)
     * index, then those reports (each with its children) by id.
     */
    @Override
    public List<MeetingReport> findAwaitingFeedbackFrom(String userKey, int limit) {
        ReportReviewerEntity[] rows = ao.find(ReportReviewerEntity.class, Query.select()
                .where("USER_KEY = ? AND REPORT_STATE = ?", userKey, MeetingReport.ReportState.OPEN.name())
                .order("DUE_AT, ID").limit(limit));
        Map<String, Long> due = new LinkedHashMap<>();
        for (ReportReviewerEntity row : rows) {
            due.merge(row.getReportId(), row.getDueAt(), Math::min);
        }
        return findByIds(due.keySet()).stream()
                .filter(report -> report.isOpen() && !report.hasResponded(userKey))
                .sorted(java.util.Comparator.comparing((MeetingReport report) -> due.get(report.id()))
                        .thenComparing(MeetingReport::id))
                .toList();
    }

    /**
     * Stores when the pass looks at a reviewer next, if the report is still at the version the pass planned from
     * (checked in the same transaction; call it inside the caller's). The reviewer rows are rewritten by every
     * report save, so a save committed after the check leaves new rows this update does not find by its old ids.
     */
    @Override
    public void setReviewerFollowup(String reportId, long reportVersion, String userKey, Followup followup) {
        ReportEntity report = load(reportId);
        if (report == null || report.getVersion() != reportVersion) {
            return;
        }
        for (ReportReviewerEntity row : ao.find(ReportReviewerEntity.class,
                Query.select().where("REPORT_ID = ? AND USER_KEY = ?", reportId, userKey))) {
            Long before = row.getNextCheckAt();
            CheckedRows.write(followup, row);
            row.save();
            WakeRows.moved(ao, before, row.getNextCheckAt());
        }
    }

    /** Settles the reviewer rows of a report that does not exist (nothing can be planned for them); returns how many. */
    @Override
    public int settleReviewersOfMissingReport(String reportId) {
        if (load(reportId) != null) {
            return 0;
        }
        ReportReviewerEntity[] rows = ao.find(ReportReviewerEntity.class, Query.select().where("REPORT_ID = ?", reportId));
        for (ReportReviewerEntity row : rows) {
            row.setNextCheckAt(null);
            row.save();
        }
        return rows.length;
    }

    private static DueReviewer dueReviewer(ReportReviewerEntity e) {
        return new DueReviewer(e.getID(), e.getReportId(), e.getUserKey(),
                CheckedRows.read(e));
    }

    /** Reports on the item, newest first, as the panel shows them (one query, report rows only). */
    @Override
    public List<ReportSummary> findSummariesByItem(ItemRef item, int limit) {
        return Arrays.stream(ao.find(ReportEntity.class, Query.select("ID, TITLE, AUTHOR, PUBLISHED_AT, CLOSES_AT, STATE, VERSION")
                        .where("ITEM_KEY = ? AND ITEM_KIND = ?", item.itemKey(), item.kind().name())
                        .order("PUBLISHED_AT DESC, ID DESC").limit(limit)))
                .map(ReportMapping::toSummary).toList();
    }

    /**
     * Reports on the container's items of that kind published at or after {@code since}, newest first, at most
     * {@code limit}, with their reviewers and feedback: three indexed queries per page of up to 1,000 (team insights).
     */
    public List<MeetingReport> findByContainerPublishedSince(ItemRef.Kind kind, String containerKey, Instant since, int limit) {
        return NewestFirst.read(limit, (beforeTime, beforeId, size) -> ao.find(ReportEntity.class, Query.select()
                        .where("CONTAINER_KEY = ? AND ITEM_KIND = ? AND PUBLISHED_AT >= ?" + NewestFirst.before("PUBLISHED_AT"),
                                containerKey, kind.name(), since.toEpochMilli(), beforeTime, beforeTime, beforeId)
                        .order("PUBLISHED_AT DESC, ID DESC").limit(size)),
                ReportEntity::getPublishedAt, ReportEntity::getId, this::assemble);
    }

    @Override
    public void save(MeetingReport report, long expectedVersion) {
        guard.inTransaction(() -> {
            guard.claim(TABLE, report.id(), expectedVersion);
            ReportEntity stored = load(report.id());
            VersionGuard.check(stored == null ? 0 : stored.getVersion(), expectedVersion);
            if (stored == null) {
                ao.create(ReportEntity.class, ReportMapping.columns(report));
            }
            Map<String, ReportReviewerEntity> before = new HashMap<>();
            if (stored != null) {
                for (ReportReviewerEntity row : ao.find(ReportReviewerEntity.class, Query.select().where("REPORT_ID = ?", report.id()))) {
                    before.put(row.getUserKey(), row);
                }
                ReportMapping.applyChanges(stored, report);
                ao.deleteWithSQL(ReportReviewerEntity.class, "REPORT_ID = ?", report.id());
                ao.deleteWithSQL(ReportFeedbackEntity.class, "REPORT_ID = ?", report.id());
            }
            // One wake for the moments this save stores: the report's closing and each reviewer's next check.
            Long wake = report.state() == MeetingReport.ReportState.OPEN ? report.closesAt().toEpochMilli() : null;
            List<Reviewer> reviewers = report.reviewers();
            for (int i = 0; i < reviewers.size(); i++) {
                Reviewer reviewer = reviewers.get(i);
                Map<String, Object> columns = ReportMapping.reviewerColumns(report, i, reviewer,
                        kept(before.get(reviewer.userKey()), reviewer));
                ao.create(ReportReviewerEntity.class, columns);
                wake = WakeRows.earlier(wake, (Long) columns.get("NEXT_CHECK_AT"));
            }
            WakeRows.at(ao, wake);
            List<Feedback> feedback = report.feedback();
            for (int i = 0; i < feedback.size(); i++) {
                ao.create(ReportFeedbackEntity.class, ReportMapping.feedbackColumns(report.id(), i, feedback.get(i)));
            }
            return null;
        });
    }

    @Override
    public Optional<ReportSeries> findSeries(String id) {
        ReportSeriesEntity[] rows = ao.find(ReportSeriesEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? Optional.empty() : Optional.of(ReportMapping.toSeries(rows[0]));
    }

    @Override
    public void saveSeries(ReportSeries series, long expectedVersion) {
        guard.inTransaction(() -> {
            guard.claim(SERIES_TABLE, series.id(), expectedVersion);
            ReportSeriesEntity[] rows = ao.find(ReportSeriesEntity.class, Query.select().where("ID = ?", series.id()));
            VersionGuard.check(rows.length == 0 ? 0 : rows[0].getVersion(), expectedVersion);
            if (rows.length == 0) {
                ao.create(ReportSeriesEntity.class, ReportMapping.seriesColumns(series));
            } else {
                ReportMapping.applySeriesChanges(rows[0], series);
            }
            // The pass computes the exact moment (it needs the author's calendar) once this one has come.
            WakeRows.at(ao, SeriesReminders.earliest(series).toEpochMilli());
            return null;
        });
    }

    @Override
    public boolean deleteSeries(String id, long expectedVersion) {
        return guard.inTransaction(() -> {
            ReportSeriesEntity[] rows = ao.find(ReportSeriesEntity.class, Query.select().where("ID = ?", id));
            if (rows.length == 0) {
                return false;
            }
            // Claimed like a save, so a writer that read the same version fails; then the row and every claim of its
            // id go, so a series started again under the same id (a page's macro) begins from version 0.
            guard.claim(SERIES_TABLE, id, expectedVersion);
            ReportSeriesEntity[] again = ao.find(ReportSeriesEntity.class, Query.select().where("ID = ?", id));
            VersionGuard.check(again.length == 0 ? 0 : again[0].getVersion(), expectedVersion);
            ao.delete(again);
            guard.forgetAll(SERIES_TABLE, id, expectedVersion);
            return true;
        });
    }

    @Override
    public List<ReportSeries> findSeriesAfter(String afterId, int limit) {
        // Keyset paging on the primary key: the escalation job walks every series a page at a time.
        return Arrays.stream(ao.find(ReportSeriesEntity.class, Query.select().where("ID > ?", afterId)
                .order("ID ASC").limit(limit))).map(ReportMapping::toSeries).toList();
    }

    /**
     * The followup the pass stored on a reviewer's previous row, kept across the rewrite when the reviewer's deadline
     * is as it was (recording another reviewer's reminder changes nothing about this one); null: look again.
     */
    private static Followup kept(ReportReviewerEntity previous, Reviewer now) {
        if (previous == null || previous.getDueAt() != now.dueAt().toEpochMilli() || previous.isReminded() != now.reminded()
                || previous.getEscalationLevel() != now.escalationLevel()) {
            return null;
        }
        return CheckedRows.read(previous);
    }

    private ReportEntity load(String id) {
        ReportEntity[] rows = ao.find(ReportEntity.class, Query.select().where("ID = ?", id));
        return rows.length == 0 ? null : rows[0];
    }

    /** Reports with their children: two IN-list queries for up to 1,000 reports. */
    private List<MeetingReport> assemble(List<ReportEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        if (rows.size() > Columns.MAX_IN_LIST) {
            throw new IllegalArgumentException("at most " + Columns.MAX_IN_LIST + " reports at once");
        }
        Map<String, List<Reviewer>> reviewers = new LinkedHashMap<>();
        Map<String, List<Feedback>> feedback = new LinkedHashMap<>();
        Object[] ids = rows.stream().map(ReportEntity::getId).toArray();
        String in = "REPORT_ID IN (" + Columns.placeholders(ids.length) + ")";
        for (ReportReviewerEntity r : ao.find(ReportReviewerEntity.class, Query.select().where(in, ids).order("REPORT_ID, POSITION"))) {
            reviewers.computeIfAbsent(r.getReportId(), k -> new ArrayList<>()).add(ReportMapping.toReviewer(r));
        }
        for (ReportFeedbackEntity f : ao.find(ReportFeedbackEntity.class, Query.select().where(in, ids).order("REPORT_ID, POSITION"))) {
            feedback.computeIfAbsent(f.getReportId(), k -> new ArrayList<>()).add(ReportMapping.toFeedback(f));
        }
        return rows.stream().map(row -> ReportMapping.toRecord(row,
                reviewers.getOrDefault(row.getId(), List.of()), feedback.getOrDefault(row.getId(), List.of()))).toList();
    }
}

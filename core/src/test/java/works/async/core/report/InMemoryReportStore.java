package works.async.core.report;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import works.async.core.DomainException;
import works.async.core.ErrorCode;

/** Map-backed store with the same optimistic-concurrency contract as the real ones. */
final class InMemoryReportStore implements ReportStore {

    final Map<String, MeetingReport> reports = new LinkedHashMap<>();
    final Map<String, ReportSeries> series = new LinkedHashMap<>();

    @Override
    public Optional<MeetingReport> findById(String id) {
        return Optional.ofNullable(reports.get(id));
    }

    @Override
    public List<MeetingReport> findOpenClosingBy(Instant instant) {
        return reports.values().stream().filter(r -> r.isOpen() && !r.closesAt().isAfter(instant)).toList();
    }

    @Override
    public void save(MeetingReport report, long expectedVersion) {
        check(reports.get(report.id()) == null ? 0 : reports.get(report.id()).version(), expectedVersion, report.version());
        reports.put(report.id(), report);
    }

    @Override
    public Optional<ReportSeries> findSeries(String id) {
        return Optional.ofNullable(series.get(id));
    }

    @Override
    public void saveSeries(ReportSeries s, long expectedVersion) {
        check(series.get(s.id()) == null ? 0 : series.get(s.id()).version(), expectedVersion, s.version());
        series.put(s.id(), s);
    }

    @Override
    public boolean deleteSeries(String id, long expectedVersion) {
        ReportSeries stored = series.get(id);
        if (stored == null) {
            return false;
        }
        if (stored.version() != expectedVersion) {
            throw new DomainException(ErrorCode.CONFLICT, null, "Changed by someone else.");
        }
        series.remove(id);
        return true;
    }

    @Override
    public List<ReportSeries> findSeriesAfter(String afterId, int limit) {
        return series.values().stream().filter(x -> x.id().compareTo(afterId) > 0)
                .sorted(java.util.Comparator.comparing(ReportSeries::id)).limit(limit).toList();
    }

    private static void check(long stored, long expected, long next) {
        if (stored != expected) {
            throw new DomainException(ErrorCode.CONFLICT, null, "Changed by someone else.");
        }
        if (next != expected + 1) {
            throw new AssertionError("service must bump the version by one");
        }
    }
}

package works.async.core.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port to wherever reports and report series are kept; hosts implement it. */
public interface ReportStore {

    Optional<MeetingReport> findById(String id);

    /** Open reports whose last required deadline ({@link MeetingReport#closesAt()}) is at or before the instant. */
    List<MeetingReport> findOpenClosingBy(Instant instant);

    /**
     * Inserts or replaces; {@code expectedVersion} is the version the caller read (0 when new).
     * A different stored version throws a {@code DomainException} with code {@code conflict}.
     */
    void save(MeetingReport report, long expectedVersion);

    Optional<ReportSeries> findSeries(String id);

    /** Same contract as {@link #save(MeetingReport, long)}, for series. */
    void saveSeries(ReportSeries series, long expectedVersion);

    /**
     * Ends a series: deletes it if it is stored at {@code expectedVersion}. Returns false when there is no such series;
     * a different stored version throws a {@code DomainException} with code {@code conflict}, as a save does.
     */
    boolean deleteSeries(String id, long expectedVersion);

    /** At most {@code limit} series with ids after {@code afterId} ("" for the first page), in id order. */
    List<ReportSeries> findSeriesAfter(String afterId, int limit);
}

package works.async.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Time off merged into disjoint, ascending ranges held in primitive arrays for the hot path. */
final class TimeOffTable {

    private final long[] fromSecond;
    private final int[] fromNano;
    private final long[] toSecond;
    private final int[] toNano;

    TimeOffTable(List<TimeOff> timeOff) {
        List<TimeOff> sorted = new ArrayList<>(timeOff);
        sorted.sort(Comparator.comparing(TimeOff::fromInclusive));
        List<TimeOff> merged = new ArrayList<>();
        for (TimeOff next : sorted) {
            int last = merged.size() - 1;
            // Touching ranges merge too, so that a range's end is never another range's start.
            if (last >= 0 && !next.fromInclusive().isAfter(merged.get(last).toExclusive())) {
                TimeOff previous = merged.get(last);
                if (next.toExclusive().isAfter(previous.toExclusive())) {
                    merged.set(last, new TimeOff(previous.fromInclusive(), next.toExclusive()));
                }
            } else {
                merged.add(next);
            }
        }
        int n = merged.size();
        fromSecond = new long[n];
        fromNano = new int[n];
        toSecond = new long[n];
        toNano = new int[n];
        for (int i = 0; i < n; i++) {
            TimeOff t = merged.get(i);
            fromSecond[i] = t.fromInclusive().getEpochSecond();
            fromNano[i] = t.fromInclusive().getNano();
            toSecond[i] = t.toExclusive().getEpochSecond();
            toNano[i] = t.toExclusive().getNano();
        }
    }

    int size() {
        return fromSecond.length;
    }

    long from(int i, long originSecond) {
        return Positions.position(fromSecond[i], fromNano[i], originSecond);
    }

    long to(int i, long originSecond) {
        return Positions.position(toSecond[i], toNano[i], originSecond);
    }

    /** Index of the first range ending after the position, or {@link #size()} when none. */
    int firstEndingAfter(long position, long originSecond) {
        int lo = 0;
        int hi = fromSecond.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (to(mid, originSecond) <= position) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean contains(long position, long originSecond) {
        int i = firstEndingAfter(position, originSecond);
        return i < fromSecond.length && from(i, originSecond) <= position;
    }
}

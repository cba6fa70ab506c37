package works.async.sandbox.host;

import java.util.Arrays;
import java.util.List;

/** User-key lists stored in one column (keys never contain commas in the sandbox). */
final class Csv {

    private Csv() {
    }

    static String join(List<String> values) {
        return String.join(",", values);
    }

    static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}

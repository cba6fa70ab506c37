package works.async.plugin.ao;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

import works.async.core.policy.Principal;

/** Whatever the entries hold, line breaks and control characters included, the stored text reads back as written. */
class PolicyCodecPropertiesTest {

    @Property(tries = 300)
    void anyListOfTextRoundTrips(@ForAll @Size(max = 5) List<@StringLength(max = 12) @CharRange(from = '\u0000', to = '\u007f')
            @Chars({'\u001B', '\n', '#'}) String> entries) {
        assertThat(PolicyCodec.list(PolicyCodec.list(entries))).isEqualTo(entries.isEmpty() ? List.of() : entries);
    }

    @Property(tries = 300)
    void anySetOfPrincipalsRoundTrips(@ForAll @Size(max = 4) Set<@StringLength(min = 1, max = 12)
            @CharRange(from = '\u0000', to = '\u007f') @Chars({'\u001B', '\n', ':'}) String> names) {
        Set<Principal> principals = new LinkedHashSet<>();
        names.stream().filter(n -> !n.isBlank()).forEach(n -> principals.add(Principal.group(n)));

        String stored = PolicyCodec.lines(principals, PolicyCodec::principal);

        assertThat(PolicyCodec.set(stored, PolicyCodec::principal)).isEqualTo(principals);
        assertThat(PolicyCodec.set(PolicyCodec.lines(names, Function.identity()), Function.identity())).isEqualTo(names);
    }

    @Property(tries = 300)
    void anyWindowsByPriorityRoundTrip(@ForAll @Size(max = 4) Map<@StringLength(max = 10) @CharRange(from = '\u0000', to = '\u007f')
            @Chars({'\u001B', '\n', '\t'}) String, @LongRange(min = 1, max = 525_600) Long> minutes) {
        Map<String, Duration> windows = new LinkedHashMap<>();
        minutes.forEach((priority, m) -> windows.put(priority, Duration.ofMinutes(m)));

        assertThat(PolicyCodec.windows(PolicyCodec.windows(windows))).isEqualTo(windows);
    }

    @Property(tries = 100)
    void unreadableStoredTextReadsAsInheritOrSkipsTheEntryInsteadOfFailing(@ForAll @StringLength(max = 30) String stored) {
        PolicyCodec.set(stored, PolicyCodec::principal);
        PolicyCodec.set("#" + stored, PolicyCodec::principal);
        PolicyCodec.windows("#" + stored);
        PolicyCodec.dates("#" + stored);
        assertThat(PolicyCodec.pattern("#" + stored + " 1-2")).isNull();
        assertThat(PolicyCodec.time(stored + "x")).isNull();
        assertThat(PolicyCodec.target(stored + "?", null)).isNull();
    }
}

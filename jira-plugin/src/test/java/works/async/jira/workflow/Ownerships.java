package works.async.jira.workflow;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import works.async.core.ItemRef;
import works.async.core.ownership.OwnershipRequest;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.ownership.OwnershipRequestStore;

/** Test fixtures: an issue DEMO-1 in project DEMO, and a store whose current request for it has a given state. */
final class Ownerships {

    static final ItemRef DEMO_1 = ItemRef.issue("DEMO", "DEMO-1");
    private static final Instant OPENED = Instant.parse("2026-03-02T09:00:00Z");

    private Ownerships() {
    }

    static Map<String, Object> transientVarsOf(Issue issue) {
        Map<String, Object> vars = new HashMap<>();
        vars.put("issue", issue);
        return vars;
    }

    static Issue demo1() {
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn("DEMO");
        Issue issue = mock(Issue.class);
        when(issue.getKey()).thenReturn("DEMO-1");
        when(issue.getProjectObject()).thenReturn(project);
        return issue;
    }

    static OwnershipRequestStore storeWith(OwnershipState state) {
        OwnershipRequestStore store = mock(OwnershipRequestStore.class);
        when(store.findCurrent(DEMO_1)).thenReturn(Optional.of(request(state)));
        return store;
    }

    static OwnershipRequestStore storeWithoutRequest() {
        OwnershipRequestStore store = mock(OwnershipRequestStore.class);
        when(store.findCurrent(DEMO_1)).thenReturn(Optional.empty());
        return store;
    }

    static OwnershipRequestStore storeDown() {
        OwnershipRequestStore store = mock(OwnershipRequestStore.class);
        when(store.findCurrent(DEMO_1)).thenThrow(new IllegalStateException("connection refused"));
        return store;
    }

    static Map<String, String> args(boolean allowUnowned) {
        return Map.of("allow-unowned", Boolean.toString(allowUnowned));
    }

    private static OwnershipRequest request(OwnershipState state) {
        return new OwnershipRequest("r1", DEMO_1, "alice", "bob", Duration.ofHours(8), OPENED, OPENED.plusSeconds(28_800),
                state, state == OwnershipState.CONFIRMED ? LocalDate.of(2026, 3, 6) : null,
                state == OwnershipState.DECLINED ? "On leave next week" : null,
                state == OwnershipState.REQUESTED ? null : "alice", false, null, null, false, 0, 2);
    }
}

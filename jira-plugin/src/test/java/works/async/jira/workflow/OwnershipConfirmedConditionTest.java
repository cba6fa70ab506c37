package works.async.jira.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static works.async.jira.workflow.Ownerships.args;
import static works.async.jira.workflow.Ownerships.demo1;
import static works.async.jira.workflow.Ownerships.transientVarsOf;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import works.async.core.ownership.OwnershipState;
import works.async.plugin.ownership.OwnershipRequestStore;

class OwnershipConfirmedConditionTest {

    @Test
    void aConfirmedOwnershipOffersTheTransition() throws Exception {
        assertThat(passes(Ownerships.storeWith(OwnershipState.CONFIRMED), args(false))).isTrue();
    }

    @Test
    void aWaitingRequestHidesTheTransition() throws Exception {
        assertThat(passes(Ownerships.storeWith(OwnershipState.REQUESTED), args(true))).isFalse();
    }

    @Test
    void aDeclinedRequestHidesTheTransition() throws Exception {
        assertThat(passes(Ownerships.storeWith(OwnershipState.DECLINED), args(true))).isFalse();
    }

    @Test
    void anIssueWithoutOwnershipRequestIsOfferedOnlyWhenTheOptionIsOn() throws Exception {
        assertThat(passes(Ownerships.storeWithoutRequest(), args(true))).isTrue();
        assertThat(passes(Ownerships.storeWithoutRequest(), args(false))).isFalse();
    }

    @Test
    void anUnreadableStoreHidesTheTransition() throws Exception {
        assertThat(passes(Ownerships.storeDown(), args(true))).isFalse();
    }

    @Test
    void noIssueInTheTransientVarsHidesTheTransition() throws Exception {
        assertThat(new OwnershipConfirmedCondition(Ownerships.storeWithoutRequest())
                .passesCondition(new HashMap<>(), args(true), null)).isFalse();
    }

    private static boolean passes(OwnershipRequestStore store, Map<String, String> args) throws Exception {
        return new OwnershipConfirmedCondition(store).passesCondition(transientVarsOf(demo1()), args, null);
    }
}

package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Upgrade task 8: adds the (state, due time) indexes of reply requests and ownership requests, which Jira's JQL
 * functions replyOverdue() and ownershipUnconfirmed() read. Without them each call would scan the whole table; the
 * next-check index does not fit (an overdue request's next check is its next level, or null once nothing more can
 * happen). Unlike version 7's dropped indexes they hold no escalation level. AO's migrate adds the indexes the
 * entities declare and changes nothing else; running it again is harmless.
 */
public final class StateDueIndexesUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("8");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoModel.asArray());
    }
}

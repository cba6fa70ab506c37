package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Upgrade task 7: drops the (state, due time, escalation level) indexes of ownership requests, reply requests and
 * report reviewers. Since version 4 the escalation pass reads by next check, so no query uses them, and each of them
 * costs every escalation an index write (its UPDATE changes the level, so it is never heap-only): on a backlog they
 * were a seventh of the work of each UPDATE of a reply request. AO's migrate drops the indexes an entity no longer
 * declares; nothing else changes, and running it again is harmless.
 */
public final class DropDueLevelIndexesUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("7");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoModel.asArray());
    }
}

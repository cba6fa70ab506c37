package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Upgrade task 8: the escalation pass's wake table (WAKE). Rows stored before it have no wakes, so the task adds one
 * at epoch 0: the first pass after the upgrade runs in full and stores the earliest moment it finds on the rows, as
 * every full pass does. Running it again only adds one more full pass.
 */
public final class WakeUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("8");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoModel.asArray());
        ao.executeInTransaction(() -> {
            WakeRows.at(ao, 0L);
            return null;
        });
    }
}

package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Upgrade task 9: ownership requests record why a withdrawn one closed (CLOSE_REASON: issue resolved, action item
 * removed, item deleted), so that the panel says "Closed: issue resolved" rather than "Withdrawn". Older rows keep a
 * null reason: nothing stored says why they closed, and they keep reading "Withdrawn" as before. Only a nullable
 * column is added, so running it again is harmless.
 */
public final class OwnershipCloseReasonUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("9");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoModel.asArray());
    }
}

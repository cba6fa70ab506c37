package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Upgrade task 6: reply requests remember the item type they were opened under (ITEM_TYPE), so that a recipient's
 * time off recomputes a due time in the calendar of the same policy. Older rows keep a null type: nothing in the
 * database says which type their item had then, and their container's policy is the closest truthful answer.
 * Only a nullable column is added, so running it again is harmless.
 */
public final class ReplyItemTypeUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("6");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoModel.asArray());
    }
}

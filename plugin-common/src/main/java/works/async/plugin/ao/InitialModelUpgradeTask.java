package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/** Upgrade task 1: creates the initial model (tables and indexes); there is nothing older to backfill from. */
public final class InitialModelUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("1");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // migrate() is additive (creates missing tables, columns, indexes; drops nothing), so re-running is safe.
        ao.migrate(AoModel.asArray());
    }
}

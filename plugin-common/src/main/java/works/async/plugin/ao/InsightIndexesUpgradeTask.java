package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Upgrade task 3: the indexes team insights read by, (container, kind, opening or publishing time) on reply requests,
 * ownership requests and reports. Only indexes are added, no data changes, so running it again is harmless; on a
 * large instance building them takes a while (once, during the plugin upgrade).
 */
public final class InsightIndexesUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("3");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // migrate() adds the indexes declared on the entities that the database lacks, and drops nothing.
        ao.migrate(AoModel.asArray());
    }
}

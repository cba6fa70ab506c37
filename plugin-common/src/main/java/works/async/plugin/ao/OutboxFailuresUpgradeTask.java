package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Upgrade task 5: the outbox records failed deliveries on the row (ATTEMPTS, LAST_ERROR, LAST_ATTEMPT_AT). Columns
 * are only added: existing rows get 0 attempts from the column default and no error, which is what they had, so
 * there is nothing to backfill and running it again is harmless. (Version 4 belongs to another change; tasks run in
 * version order, whichever of them a database still lacks.)
 */
public final class OutboxFailuresUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("5");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        // migrate() adds the entities' missing columns and indexes and drops nothing.
        ao.migrate(AoModel.asArray());
    }
}

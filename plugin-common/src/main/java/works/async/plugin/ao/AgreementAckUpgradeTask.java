package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * Upgrade task 7: members' acknowledgements of a project's or space's working agreement get a table of their own
 * (AGREEMENT_ACK). Only a table is added, so running it again is harmless.
 */
public final class AgreementAckUpgradeTask implements ActiveObjectsUpgradeTask {

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("7");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoModel.asArray());
    }
}

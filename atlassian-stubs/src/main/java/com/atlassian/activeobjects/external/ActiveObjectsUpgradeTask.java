// Mirrors https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
// (source: https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html).
package com.atlassian.activeobjects.external;

/** An Active Objects upgrade task, declared as {@code <upgradeTask>} inside the {@code <ao>} module. */
public interface ActiveObjectsUpgradeTask {

    /** The model version this task upgrades the schema to. */
    ModelVersion getModelVersion();

    /** Upgrades the database model from {@code currentVersion} to {@link #getModelVersion()}. */
    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}

package works.async.plugin.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

import net.java.ao.Query;

/**
 * Upgrade task 2: one outbox row per addressee. Adds the indexed NOTIFICATION_KEY column and moves each version-1
 * row's plain key there, turning its unique NOTE_KEY into (key, addressee); columns are only added, never dropped.
 *
 * <p>Version 1 kept one row per key, so no two old rows share a (key, addressee) and the backfill cannot collide.
 * It runs in pages of {@value #PAGE}, each in its own transaction, and picks up where it stopped if interrupted
 * (rows still lacking NOTIFICATION_KEY), so running it again is harmless.
 */
public final class OutboxAddresseeUpgradeTask implements ActiveObjectsUpgradeTask {

    static final int PAGE = 500;

    @Override
    public ModelVersion getModelVersion() {
        return ModelVersion.valueOf("2");
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ao.migrate(AoModel.asArray());
        int done;
        do {
            done = ao.executeInTransaction(() -> {
                OutboxEntity[] page = ao.find(OutboxEntity.class, Query.select("ID, NOTE_KEY, ADDRESSEE")
                        .where("NOTIFICATION_KEY IS NULL").order("ID").limit(PAGE));
                for (OutboxEntity row : page) {
                    String key = row.getNoteKey();
                    row.setNotificationKey(key);
                    row.setNoteKey(Outbox.uniqueKey(key, row.getAddressee()));
                    row.save();
                }
                return page.length;
            });
        } while (done == PAGE);
    }
}

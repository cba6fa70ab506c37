package works.async.jira.jql;

import java.util.List;
import java.util.Objects;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.sal.api.message.I18nResolver;

import works.async.core.ItemRef;
import works.async.plugin.ownership.OwnershipRequestStore;

/**
 * {@code issue in ownershipUnconfirmed()}: issues whose current ownership request still waits for the owner's answer,
 * longest waiting first.
 */
public class OwnershipUnconfirmedFunction extends NoArgumentIssueFunction {

    private final OwnershipRequestStore ownership;

    public OwnershipUnconfirmedFunction(OwnershipRequestStore ownershipStore, IssueManager issueManager,
                                        PermissionManager permissionManager, I18nResolver i18nResolver) {
        super(issueManager, permissionManager, i18nResolver);
        this.ownership = Objects.requireNonNull(ownershipStore, "ownershipStore");
    }

    @Override
    List<String> issueKeys(int limit) {
        return ownership.findItemKeysUnconfirmed(ItemRef.Kind.JIRA_ISSUE, limit);
    }
}

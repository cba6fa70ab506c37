package works.async.sandbox.sal;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;

/** SAL's TransactionTemplate as one Active Objects transaction (which joins an enclosing one). */
public final class AoTransactionTemplate implements TransactionTemplate {

    private final ActiveObjects ao;

    public AoTransactionTemplate(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return ao.executeInTransaction(action);
    }
}

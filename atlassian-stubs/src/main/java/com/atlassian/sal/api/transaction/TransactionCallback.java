// Mirrors com.atlassian.sal.api.transaction.TransactionCallback<T> of sal-api (generic since SAL 2.x), as used in
// https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/internal/TransactionManager.html
// and documented (pre-generic form) at https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionCallback.html
package com.atlassian.sal.api.transaction;

/**
 * An action run inside a transaction; a RuntimeException thrown from it rolls the transaction back.
 *
 * @param <T> the result type
 */
public interface TransactionCallback<T> {

    /** Runs the action and returns an optional result (may be null). */
    T doInTransaction();
}

// Mirrors com.atlassian.sal.api.transaction.TransactionTemplate of sal-api (generic form <T> T execute(TransactionCallback<T>));
// documented (pre-generic form) at https://docs.atlassian.com/sal-api/2.0.16-SNAPSHOT/com/atlassian/sal/api/transaction/TransactionTemplate.html
package com.atlassian.sal.api.transaction;

/** Runs callbacks inside a host transaction. */
public interface TransactionTemplate {

    /** Executes the callback in a transaction and returns its result; runtime exceptions roll back. */
    <T> T execute(TransactionCallback<T> action);
}

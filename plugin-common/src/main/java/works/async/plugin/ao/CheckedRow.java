package works.async.plugin.ao;

import net.java.ao.schema.StringLength;
import works.async.plugin.followup.Followup;

/**
 * The columns of model version 4 that every row the escalation pass plans carries (ownership requests, reply
 * requests, report reviewers): declared once here, as AO reads an entity's accessors from its super-interfaces too,
 * and the stores read and write them as a {@link Followup} through {@link CheckedRows}.
 */
public interface CheckedRow {

    /**
     * The next moment the escalation pass must look at this row (reminder, due time, next level), or null once
     * nothing more can happen; the pass reads only rows whose moment has come, by this index.
     */
    Long getNextCheckAt();

    void setNextCheckAt(Long value);

    /** Why the pass could not plan this row last time (shown to administrators), or null. */
    @StringLength(StringLength.UNLIMITED)
    String getProblem();

    void setProblem(String value);

    /** How many passes in a row failed on this row (the back-off doubles with each), or null. */
    Integer getProblemRetries();

    void setProblemRetries(Integer value);
}

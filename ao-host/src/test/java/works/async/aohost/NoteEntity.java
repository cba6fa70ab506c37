package works.async.aohost;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/** A small entity shaped like the product's rows: an item key to look up by, text, an instant. */
@Table("NOTE")
public interface NoteEntity extends Entity {

    @NotNull
    @Indexed
    String getItemKey();

    void setItemKey(String itemKey);

    @StringLength(StringLength.UNLIMITED)
    String getText();

    void setText(String text);

    long getDueAt();

    void setDueAt(long dueAt);
}

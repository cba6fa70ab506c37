package works.async.plugin.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.plugin.spi.HostItem;

/**
 * The people someone chooses for an item (reply recipients, report reviewers): each named by a user key or user name,
 * each able to view the item, at most {@link Bounds#MAX_PEOPLE}. One rule for every feature that chooses people, so
 * nobody is asked about an item they cannot open, however they were chosen.
 */
public final class Participants {

    private final People people;
    private final Access access;

    public Participants(People people, Access access) {
        this.people = Objects.requireNonNull(people, "people");
        this.access = Objects.requireNonNull(access, "access");
    }

    /**
     * The user keys of the chosen people, in the order given.
     *
     * @param listField the field a too long list is refused on
     * @param noun      what the chosen people are, as the refusal names them ("recipients", "reviewers")
     * @param field     the field that names the i-th person, for refusing that one
     */
    public List<String> keys(HostItem item, List<String> chosen, String listField, String noun,
                             IntFunction<String> field) {
        if (chosen.size() > Bounds.MAX_PEOPLE) {
            throw new DomainException(ErrorCode.TOO_MANY, listField, "At most " + Bounds.MAX_PEOPLE + " " + noun + ".");
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            String key = people.resolveKey(chosen.get(i), field.apply(i));
            if (!access.canView(key, item.ref())) {
                throw new DomainException(ErrorCode.RECIPIENT_CANNOT_VIEW, field.apply(i), "That person cannot see this item.");
            }
            keys.add(key);
        }
        return keys;
    }
}

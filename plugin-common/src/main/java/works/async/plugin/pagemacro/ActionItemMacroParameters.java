package works.async.plugin.pagemacro;

import java.time.Duration;
import java.util.Map;

import works.async.core.Bounds;
import works.async.core.DomainException;
import works.async.core.ErrorCode;
import works.async.plugin.calendar.ExplicitWindow;

/**
 * The parameters of an {@code async-action-item} macro, read from what the page says (untrusted: anyone who may edit
 * the page writes them). A refusal names the macro parameter ({@code owner}, {@code confirm-hours}).
 *
 * @param owner        the owner as typed: a user key or user name (resolved and checked against the page later)
 * @param confirmHours the working time the owner has to confirm, or null for the policy's confirmation window
 */
public record ActionItemMacroParameters(String owner, Duration confirmHours) {

    public static final String NAME = "async-action-item";
    public static final String OWNER = "owner";
    public static final String CONFIRM_HOURS = "confirm-hours";
    /** The task: the macro's rich-text body. */
    public static final String BODY = "body";

    /** Confirmation hours are working hours; a year of them is the most a window may be ({@link ExplicitWindow}). */
    static final int MAX_CONFIRM_HOURS = ExplicitWindow.MAX_WORKING_MINUTES / 60;

    /** The parameters, or a refusal naming the first bad one. */
    public static ActionItemMacroParameters parse(Map<String, String> parameters) {
        String owner = ReportMacroParameters.text(parameters.get(OWNER));
        if (owner == null) {
            throw new DomainException(ErrorCode.REQUIRED, OWNER, "Name the action item's owner.");
        }
        if (Bounds.nameProblem(owner, Bounds.MAX_NAME) != null) {
            throw new DomainException(ErrorCode.UNKNOWN_USER, OWNER, "No such user.");
        }
        Integer hours = ReportMacroParameters.number(parameters.get(CONFIRM_HOURS), CONFIRM_HOURS, 1, MAX_CONFIRM_HOURS);
        return new ActionItemMacroParameters(owner, hours == null ? null : Duration.ofHours(hours));
    }
}

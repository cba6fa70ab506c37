package works.async.core.policy;

/**
 * The team's written working agreement, stored exactly as the admin typed it (never trimmed or reformatted);
 * a null field inherits from the less specific scope.
 *
 * @param channels   which channel to use for what
 * @param urgentPath how to reach someone when something cannot wait for a reply window
 */
public record AgreementPolicy(String channels, String urgentPath) {

    private static final AgreementPolicy INHERIT = new AgreementPolicy(null, null);

    public static AgreementPolicy inherit() {
        return INHERIT;
    }
}

package works.async.sandbox.velocity;

/** A template called a method that no {@code <velocity-allowlist>} allows; the products block such calls too. */
public final class VelocityAllowlistException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public VelocityAllowlistException(String entry, String template, int line) {
        super("Velocity template " + template + " line " + line + " calls " + entry
                + ", which is not in any <velocity-allowlist>: add <method>" + entry + "</method> to the plugin descriptors.");
    }
}

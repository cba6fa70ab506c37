package works.async.sandbox;

/** Entry point of the standalone sandbox host. */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) {
        // The host (Jetty, Jersey, Velocity, AO) arrives with the sandbox issue; until then say so
        // plainly instead of pretending to serve anything.
        System.out.println("Async Work sandbox: not built yet. The plugins' shared code and tests are;"
                + " see README.md for what runs today.");
    }
}

package works.async.aohost.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Gives a test class a fresh MariaDB database (as a {@link MariaDbDatabase} parameter) and drops it afterwards
 * (JUnit closes {@link AutoCloseable} values of the class's store). Where the machine has no MariaDB the class is
 * skipped with a visible message, except under {@code CI=true}, where a missing server is a failure.
 */
public final class MariaDbExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(MariaDbExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == MariaDbDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database(context);
    }

    private static MariaDbDatabase database(ExtensionContext context) {
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getParent().isPresent()
                && context.getTestMethod().isPresent() ? context.getParent().get() : context;
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("database", key -> open(), MariaDbDatabase.class);
    }

    private static MariaDbDatabase open() {
        Optional<MariaDbServer> server = MariaDbServer.get();
        if (server.isEmpty()) {
            String message = "MariaDB tests skipped: no MariaDB on this machine (" + MariaDbServer.unavailableReason()
                    + "). Install Debian's mariadb-server to run them.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true requires MariaDB. " + message);
            }
            System.err.println(message);
            throw new TestAbortedException(message);
        }
        return server.get().createDatabase();
    }
}

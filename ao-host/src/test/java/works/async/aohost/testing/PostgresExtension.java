package works.async.aohost.testing;

import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Gives a test class a fresh PostgreSQL database (as a {@link PostgresDatabase} parameter) and
 * drops it afterwards (JUnit closes {@link AutoCloseable} values of the class's store). Where the machine has no PostgreSQL the class is skipped with a visible
 * message, except under {@code CI=true}, where a missing server is a failure.
 */
public final class PostgresExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        database(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PostgresDatabase.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return database(context);
    }

    private static PostgresDatabase database(ExtensionContext context) {
        ExtensionContext classContext = context.getTestClass().isPresent() && context.getParent().isPresent()
                && context.getTestMethod().isPresent() ? context.getParent().get() : context;
        return classContext.getStore(NAMESPACE)
                .getOrComputeIfAbsent("database", key -> open(), PostgresDatabase.class);
    }

    private static PostgresDatabase open() {
        Optional<PostgresServer> server = PostgresServer.get();
        if (server.isEmpty()) {
            String message = "PostgreSQL tests skipped: no PostgreSQL on this machine (" + PostgresServer.unavailableReason()
                    + "). Install Debian's postgresql to run them.";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true requires PostgreSQL. " + message);
            }
            System.err.println(message);
            throw new TestAbortedException(message);
        }
        return server.get().createDatabase();
    }
}

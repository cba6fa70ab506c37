package works.async.plugin.wired;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import org.mockito.stubbing.Answer;

/**
 * Fakes of host services for the wired tests of both plugins: a Mockito mock whose default answer dispatches on the
 * method name, so a fake stays valid against the real (much larger) host interface, and a method no fake answers
 * fails the test, naming the host, service and method.
 */
public final class ByName {

    /** What a fake does for one call: the method's name and its arguments (varargs as one array). */
    @FunctionalInterface
    public interface Calls {
        Object answer(String method, Object[] args) throws Throwable;
    }

    /** A fake that answers nothing: for a service no scenario may call. */
    public static final Calls NO_CALLS = (method, args) -> unfaked();

    private ByName() {
    }

    /** Thrown by a fake for a method it does not answer; the mock names the service and method. */
    private static final class Unfaked extends RuntimeException {
    }

    /** What a fake answers for a method it does not fake: the test fails, naming the method. */
    public static Object unfaked() {
        throw new Unfaked();
    }

    /** {@code type}, answering by method name as {@code calls} says, in the fake host named {@code host}. */
    public static <T> T fake(String host, Class<T> type, Calls calls) {
        Answer<Object> answer = invocation -> {
            String method = invocation.getMethod().getName();
            if (method.equals("toString") && invocation.getRawArguments().length == 0) {
                return "fake " + type.getSimpleName();
            }
            try {
                return calls.answer(method, invocation.getRawArguments());
            } catch (Unfaked e) {
                throw new AssertionError(
                        "the fake " + host + " does not answer " + type.getSimpleName() + "." + method);
            }
        };
        return mock(type, withSettings().defaultAnswer(answer));
    }
}

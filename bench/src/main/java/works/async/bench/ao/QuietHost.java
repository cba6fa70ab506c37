package works.async.bench.ao;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;

import works.async.plugin.app.AsyncWork;
import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.UserDirectory;

/**
 * The escalation job over the benchmark database, with host services that a pass with nothing due never asks: each
 * throws if it is called, so the benchmark cannot measure a pass that did more than read.
 */
final class QuietHost {

    private QuietHost() {
    }

    static EscalationJob escalationJob(ActiveObjects ao, Instant now) {
        return AsyncWork.builder().activeObjects(ao).userManager(never(UserManager.class))
                .userDirectory(never(UserDirectory.class)).itemAccess(never(ItemAccess.class))
                .mailer(never(Mailer.class)).i18n(never(I18nResolver.class))
                .clock(Clock.fixed(now, ZoneOffset.UTC)).build().escalation();
    }

    private static <T> T never(Class<T> type) {
        return type.cast(Proxy.newProxyInstance(QuietHost.class.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    if (method.getDeclaringClass() == Object.class) {
                        return method.getName().equals("toString") ? "never " + type.getSimpleName()
                                : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
                    }
                    throw new IllegalStateException(type.getSimpleName() + "." + method.getName()
                            + " asked during a pass with nothing due");
                }));
    }
}

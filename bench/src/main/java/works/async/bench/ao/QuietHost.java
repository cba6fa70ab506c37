package works.async.bench.ao;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import works.async.plugin.escalation.EscalationJob;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.ProjectWork;
import works.async.plugin.spi.UserDirectory;
import works.async.plugin.spring.HostClock;
import works.async.plugin.spring.SharedPluginBeans;
import works.async.plugin.web.ScreenLinks;

/**
 * The escalation job over the benchmark database, with host services that a pass with nothing due never asks: each
 * throws if it is called, so the benchmark cannot measure a pass that did more than read.
 */
final class QuietHost {

    private QuietHost() {
    }

    /** The job as the plugins wire it: {@link SharedPluginBeans} in a Spring context, on this quiet host. */
    static EscalationJob escalationJob(ActiveObjects ao, Instant now) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        context.registerBean(ActiveObjects.class, () -> ao);
        context.registerBean(UserManager.class, () -> never(UserManager.class));
        context.registerBean(UserDirectory.class, () -> never(UserDirectory.class));
        context.registerBean(ItemAccess.class, () -> never(ItemAccess.class));
        context.registerBean(Mailer.class, () -> never(Mailer.class));
        context.registerBean(ProjectWork.class, () -> never(ProjectWork.class));
        context.registerBean(I18nResolver.class, () -> never(I18nResolver.class));
        context.registerBean(HostClock.class, () -> new HostClock(Clock.fixed(now, ZoneOffset.UTC)));
        context.registerBean(ScreenLinks.class, () -> new ScreenLinks("", "/report/{id}", "/profile"));
        context.registerBean(works.async.plugin.web.waiting.WaitingLinks.class, works.async.plugin.web.waiting.WaitingLinks::products);
        context.register(SharedPluginBeans.class);
        context.refresh();
        return context.getBean(EscalationJob.class);
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

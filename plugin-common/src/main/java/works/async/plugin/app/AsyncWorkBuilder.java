package works.async.plugin.app;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserManager;

import works.async.plugin.ao.AoInsightSource;
import works.async.plugin.insight.InsightSource;
import works.async.plugin.spi.ItemAccess;
import works.async.plugin.spi.Mailer;
import works.async.plugin.spi.UserDirectory;

/** Collects the host services for {@link AsyncWork}; every one is required except the insight source and clock. */
public final class AsyncWorkBuilder {

    // Package-private: AsyncWork reads them once, when it is built.
    ActiveObjects ao;
    UserManager users;
    UserDirectory directory;
    ItemAccess items;
    Mailer mailer;
    I18nResolver i18n;
    Clock clock = Clock.tickMillis(ZoneOffset.UTC);
    /** Null: the plugin's own tables ({@link AoInsightSource}). */
    InsightSource insightSource;

    AsyncWorkBuilder() {
    }

    public AsyncWorkBuilder activeObjects(ActiveObjects value) {
        ao = value;
        return this;
    }

    public AsyncWorkBuilder userManager(UserManager value) {
        users = value;
        return this;
    }

    public AsyncWorkBuilder userDirectory(UserDirectory value) {
        directory = value;
        return this;
    }

    public AsyncWorkBuilder itemAccess(ItemAccess value) {
        items = value;
        return this;
    }

    public AsyncWorkBuilder mailer(Mailer value) {
        mailer = value;
        return this;
    }

    public AsyncWorkBuilder i18n(I18nResolver value) {
        i18n = value;
        return this;
    }

    /** The clock every deadline is computed from; the app reads it in milliseconds whatever its precision. */
    public AsyncWorkBuilder clock(Clock value) {
        clock = value;
        return this;
    }

    /** Where insights read a project's agreements from; by default the plugin's own tables ({@link AoInsightSource}). */
    public AsyncWorkBuilder insightSource(InsightSource value) {
        insightSource = value;
        return this;
    }

    /**
     * The given clock read in whole milliseconds: the store keeps epoch milliseconds, so an instant with finer
     * precision would be answered once as computed and then differently from the store.
     */
    Clock millisecondClock() {
        return Clock.tick(clock, Duration.ofMillis(1));
    }

    public AsyncWork build() {
        Objects.requireNonNull(ao, "activeObjects");
        Objects.requireNonNull(users, "userManager");
        Objects.requireNonNull(directory, "userDirectory");
        Objects.requireNonNull(items, "itemAccess");
        Objects.requireNonNull(mailer, "mailer");
        Objects.requireNonNull(i18n, "i18n");
        Objects.requireNonNull(clock, "clock");
        return new AsyncWork(this);
    }
}

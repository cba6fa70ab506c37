package works.async.sandbox.sal;

import java.util.Locale;

import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;

/** SAL's locale resolver of the sandbox, which speaks one language ({@link BundleI18nResolver}): English for all. */
public final class SandboxLocaleResolver implements LocaleResolver {

    @Override
    public Locale getLocale(UserKey userKey) {
        return Locale.ENGLISH;
    }
}

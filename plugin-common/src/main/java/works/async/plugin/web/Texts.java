package works.async.plugin.web;

import com.atlassian.sal.api.message.I18nResolver;
import java.io.Serializable;
import java.util.Objects;

/**
 * The UI bundle as view models use it: sentences with arguments (people, times) are composed here, in Java,
 * so templates only print finished strings, which the host escapes like any other reference.
 */
public final class Texts {

    private final I18nResolver i18n;

    public Texts(I18nResolver i18n) {
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    public String get(String key, Serializable... arguments) {
        return arguments.length == 0 ? i18n.getText(key) : i18n.getText(key, arguments);
    }

    /** A plural-sensitive text: {@code key.one} for 1, {@code key.other} otherwise, with the number as {0}. */
    public String count(String key, long n, Serializable... more) {
        Serializable[] args = new Serializable[more.length + 1];
        args[0] = String.valueOf(n);
        System.arraycopy(more, 0, args, 1, more.length);
        return i18n.getText(key + (n == 1 ? ".one" : ".other"), args);
    }
}

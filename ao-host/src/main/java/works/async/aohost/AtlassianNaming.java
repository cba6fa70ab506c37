package works.async.aohost;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import net.java.ao.atlassian.TablePrefix;

/**
 * Atlassian's table naming for an {@code <ao namespace="...">} module: {@code AO_} plus the last
 * six hex digits of the MD5 of the namespace, upper-cased, so the sandbox and tests create the
 * same table names as Jira and Confluence do (see the Active Objects plugin's module
 * descriptor and its hex-MD5 digester, read in public Jira source distributions).
 */
public final class AtlassianNaming {

    private AtlassianNaming() {
    }

    /** The table prefix without the trailing separator, e.g. {@code AO_4C2B1A}. */
    public static String tablePrefix(String namespace) {
        String md5 = md5Hex(namespace);
        return ("AO_" + md5.substring(md5.length() - 6)).toUpperCase(Locale.ROOT);
    }

    /** The prefix as AO's naming converters want it: {@code AO_4C2B1A_} + entity name. */
    public static TablePrefix asTablePrefix(String namespace) {
        String prefix = tablePrefix(namespace) + "_";
        return name -> prefix + name;
    }

    private static String md5Hex(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime ships MD5", e);
        }
    }
}

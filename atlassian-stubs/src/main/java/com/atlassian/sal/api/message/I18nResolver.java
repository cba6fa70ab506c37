// Mirrors com.atlassian.sal.api.message.I18nResolver (an interface), as implemented in
// https://docs.atlassian.com/atlassian-bamboo/9.6.4/com/atlassian/bamboo/sal/message/BambooI18nResolver.html
// and https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/core/message/AbstractI18nResolver.html
// getText(Locale, String, Serializable...) (a given language, e.g. a mail's recipient's): read in decompiled sal-api
// 5.1.4 (ngannk-fptu/Decompiled-Files @ e0c88ec5); verified there, likely for platform 8.
package com.atlassian.sal.api.message;

import java.io.Serializable;
import java.util.Locale;

/** Resolves i18n keys against the plugin's and host's message bundles. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getRawText(String key);

    String getText(Locale locale, String key, Serializable... arguments);
}

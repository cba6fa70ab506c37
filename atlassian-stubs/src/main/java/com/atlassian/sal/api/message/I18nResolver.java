// Mirrors com.atlassian.sal.api.message.I18nResolver (an interface), as implemented in
// https://docs.atlassian.com/atlassian-bamboo/9.6.4/com/atlassian/bamboo/sal/message/BambooI18nResolver.html
// and https://docs.atlassian.com/sal-parent/3.0.0/apidocs/com/atlassian/sal/core/message/AbstractI18nResolver.html
package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Resolves i18n keys against the plugin's and host's message bundles. */
public interface I18nResolver {

    String getText(String key);

    String getText(String key, Serializable... arguments);

    String getRawText(String key);
}

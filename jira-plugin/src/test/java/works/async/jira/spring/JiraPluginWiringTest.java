package works.async.jira.spring;

import works.async.plugin.spring.PluginWiringContract;

/**
 * The Jira plugin's context started from its root config on mocked host services. Mocked: the shared host imports
 * (ActiveObjects, UserManager, I18nResolver) and, because the Jira adapters are not written yet (the next issues), the
 * SPI beans UserDirectory, ItemAccess and Mailer that they will supply.
 */
class JiraPluginWiringTest extends PluginWiringContract {

    @Override
    protected Class<?> rootConfig() {
        return JiraPluginConfig.class;
    }
}

package works.async.jira.spring;

import works.async.jira.events.IssueEventListener;
import works.async.plugin.item.HostEventListener;
import works.async.plugin.spring.ListenerBeansContract;

/** Jira's event beans hook the IssueEventListener into Jira while the plugin's context is up. */
class JiraEventBeansTest extends ListenerBeansContract {

    @Override
    protected Class<?> eventBeans() {
        return JiraEventBeans.class;
    }

    @Override
    protected Class<? extends HostEventListener> listenerType() {
        return IssueEventListener.class;
    }
}
